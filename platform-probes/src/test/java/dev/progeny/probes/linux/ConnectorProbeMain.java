package dev.progeny.probes.linux;

import dev.progeny.probes.events.SourceOpening;

/** A JVM that tries to open the proc connector and prints the outcome's reason, or "opened". */
public final class ConnectorProbeMain {
    private ConnectorProbeMain() {
    }

    public static void main(String[] args) {
        SourceOpening opening = ProcConnectorSource.open(new LinuxProcessTable());
        if (opening instanceof SourceOpening.Opened opened) {
            opened.source().close();
            System.out.println("opened");
        } else {
            System.out.println(((SourceOpening.Unavailable) opening).why());
        }
    }
}
