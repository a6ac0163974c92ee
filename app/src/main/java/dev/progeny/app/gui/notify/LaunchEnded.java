package dev.progeny.app.gui.notify;

import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;

/** A launch's command has ended, with this status. Immutable. */
public record LaunchEnded(Launch launch, ExitStatus status) {

    /** E.g. "Launch 41-3 exited 0: sh -c make test". */
    public String message() {
        return "Launch " + launch.id() + " " + status + ": " + LaunchLabel.of(launch.spec());
    }

    /** Exit status 0. */
    public boolean cleanly() {
        return status instanceof ExitStatus.Exited(int code) && code == 0;
    }
}
