package dev.progeny.app.cli;

import dev.progeny.probes.events.LaunchHistory;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;

/**
 * The workloads of {@code progeny bench events} (issue 13), each a {@code /bin/sh -c} script
 * with every process it makes known in advance, and how many must end which way.
 *
 * @param processes every process, the shell itself included
 * @param exit3     how many exit with status 3
 * @param killed    how many are killed by SIGKILL; the rest exit 0
 * @param trues     how many exec {@code /bin/true}: named "true" only if read before they exit
 */
record EventWorkload(String name, String script, int processes, int exit3, int killed, int trues) {

    /** 10,000 sequential {@code /bin/true} from one shell loop: 10,001 processes. */
    static final EventWorkload SEQUENTIAL = new EventWorkload("sequential",
            "i=0; while [ \"$i\" -lt 10000 ]; do /bin/true; i=$((i+1)); done", 10_001, 0, 0, 10_000);

    /**
     * A burst: 200 shells at once, each running 50 short processes one after another, the 3rd of
     * every ten exiting 3 and the 7th killed by SIGKILL: 1 + 200 + 200 × 50 = 10,201 processes.
     */
    static final EventWorkload BURST = new EventWorkload("burst",
            "i=0; while [ \"$i\" -lt 200 ]; do sh -c 'j=0; while [ \"$j\" -lt 50 ]; do j=$((j+1));"
                    + " case $((j % 10)) in 3) sh -c \"exit 3\";; 7) sh -c \"kill -KILL \\$\\$\";; *) /bin/true;; esac;"
                    + " done' & i=$((i+1)); done; wait",
            10_201, 1_000, 1_000, 8_000);

    static final List<EventWorkload> ALL = List.of(SEQUENTIAL, BURST);

    List<String> argv() {
        return List.of("/bin/sh", "-c", script);
    }

    /** How many recorded processes have the name of the program they ran last, {@code true}. */
    int trueNamed(LaunchHistory launch) {
        return (int) launch.records().stream().filter(r -> r.name().equals("true")).count();
    }

    /** How many recorded processes ended the way this workload makes them end, by count per outcome. */
    int rightlyEnded(LaunchHistory launch) {
        int exited0 = 0;
        int exited3 = 0;
        int killed9 = 0;
        for (ProcessRecord r : launch.records()) {
            switch (r.status().orElse(null)) {
                case ExitStatus.Exited e when e.code() == 0 -> exited0++;
                case ExitStatus.Exited e when e.code() == 3 -> exited3++;
                case ExitStatus.Killed k when k.signal() == 9 -> killed9++;
                case null, default -> {
                }
            }
        }
        return Math.min(exited0, processes - exit3 - killed) + Math.min(exited3, exit3) + Math.min(killed9, killed);
    }
}
