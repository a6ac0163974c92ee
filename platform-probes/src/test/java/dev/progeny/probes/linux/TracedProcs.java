package dev.progeny.probes.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What /proc says about a process a tracing test cares about: its state letter and its tracer. */
final class TracedProcs {
    private TracedProcs() {
    }

    /** The state letter of {@code pid} (e.g. 'S', 'T', 't'), or '?' when it is gone. */
    static char state(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException e) {
            return '?';
        }
    }

    /** The {@code TracerPid:} of {@code pid}: 0 when nothing traces it, -1 when it is gone. */
    static int tracer(int pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
                if (line.startsWith("TracerPid:")) {
                    return Integer.parseInt(line.substring(10).trim());
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
