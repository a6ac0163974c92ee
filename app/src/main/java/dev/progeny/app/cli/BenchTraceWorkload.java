package dev.progeny.app.cli;

import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Map;

/**
 * A workload for the event benchmarks: a shell script, its arguments, and how many of its
 * processes (the script's own included) must end with each status. Every event source can be
 * checked against it; {@code bench trace} does so for ptrace. Immutable.
 */
record BenchTraceWorkload(String name, String script, List<String> args, Map<ExitStatus, Integer> expected) {
    /** {@code n} sequential {@code /bin/true} from one shell loop: n + 1 processes, all exiting 0. */
    static BenchTraceWorkload sequential(int n) {
        return new BenchTraceWorkload("sequential",
                "i=0; while [ $i -lt \"$1\" ]; do /bin/true; i=$((i+1)); done",
                List.of(Integer.toString(n)), Map.of(new ExitStatus.Exited(0), n + 1));
    }

    /**
     * {@code shells} parallel shells each running {@code perShell} short processes, one in ten
     * exiting 3 and one in ten killed by SIGKILL (Linux's number; the others exit 0).
     */
    static BenchTraceWorkload burst(int shells, int perShell) {
        String inner = "i=0; while [ $i -lt \"$1\" ]; do case $((i % 10)) in 3) sh -c 'exit 3';; "
                + "7) sh -c 'kill -KILL $$';; *) /bin/true;; esac; i=$((i+1)); done; exit 0";
        String script = "j=0; while [ $j -lt \"$1\" ]; do sh -c \"$3\" sh \"$2\" & j=$((j+1)); done; wait";
        int threes = count(perShell, 3);
        int killed = count(perShell, 7);
        return new BenchTraceWorkload("burst", script, List.of(Integer.toString(shells), Integer.toString(perShell), inner),
                Map.of(new ExitStatus.Exited(0), 1 + shells + shells * (perShell - threes - killed),
                        new ExitStatus.Exited(3), shells * threes, new ExitStatus.Killed(9, false), shells * killed));
    }

    private static int count(int perShell, int remainder) {
        int n = 0;
        for (int i = 0; i < perShell; i++) {
            n += i % 10 == remainder ? 1 : 0;
        }
        return n;
    }

    int processes() {
        return expected.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code sh -c SCRIPT sh ARGS…}, optionally after a prefix such as strace's own argv. */
    List<String> argv(List<String> prefix) {
        List<String> argv = new java.util.ArrayList<>(prefix);
        argv.addAll(List.of("sh", "-c", script, "sh"));
        argv.addAll(args);
        return argv;
    }
}
