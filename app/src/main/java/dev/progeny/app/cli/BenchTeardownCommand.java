package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progeny bench teardown}: builds a contained tree of N sleeping processes and escalates
 * it to zero survivors, timed; and, in the same run, two baselines on identical trees, each
 * followed by reading the table until no member is alive: a plain {@code kill -KILL -- -PGID}
 * (the command, so its time includes starting {@code /bin/kill}) and the stricter one, one group
 * signal sent from this process (through the platform's guarded sender, as every signal Progeny
 * sends: a start-time check, then one pidfd or kill(2) call). Rounds rotate which goes first; a
 * warm-up round of each on a small tree is not counted.
 */
@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Time ending a tree of N sleepers: Progeny's escalation against kill -KILL -- -PGID and against one group signal.")
final class BenchTeardownCommand implements Callable<Integer> {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(2);

    @Spec
    CommandSpec spec;

    @Option(names = "--processes", defaultValue = "1000", description = "Processes in each tree (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--rounds", defaultValue = "7", description = "Trees ended each way (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "50",
            description = "Processes in the uncounted warm-up trees, 0 for none (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--grace", defaultValue = "5s", converter = DurationConverter.class,
            description = "Grace period of the escalation (default ${DEFAULT-VALUE}).")
    Duration grace;

    @Override
    public Integer call() throws Exception {
        if (processes < 1 || rounds < 1 || warmup < 0) {
            throw new UsageException("--processes and --rounds must be at least 1, --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Teardown> ways = List.of(this::escalate, this::killCommand, this::killSyscall);
        if (warmup > 0) {
            for (Teardown way : ways) {
                timed(way, warmup);
            }
        }
        long[][] nanos = new long[ways.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < ways.size(); turn++) {
                int way = (round + turn) % ways.size();
                nanos[way][round] = timed(ways.get(way), processes);
            }
            out.printf("round %d: progeny_ms=%.1f baseline_ms=%.1f syscall_baseline_ms=%.1f%n", round + 1,
                    nanos[0][round] / 1e6, nanos[1][round] / 1e6, nanos[2][round] / 1e6);
            out.flush();
        }
        double p = median(nanos[0]) / 1e6;
        double b = median(nanos[1]) / 1e6;
        double k = median(nanos[2]) / 1e6;
        out.printf("processes=%d rounds=%d progeny_median_ms=%.1f baseline_median_ms=%.1f ratio=%.2f%n",
                processes, rounds, p, b, p / b);
        out.printf("syscall_baseline_median_ms=%.1f syscall_ratio=%.2f%n", k, p / k);
        out.flush();
        return 0;
    }

    /** One way of ending a tree: returns nanoseconds from the first signal to zero survivors. */
    private interface Teardown {
        long end(SleeperTree tree) throws Exception;
    }

    private long timed(Teardown teardown, int n) throws Exception {
        try (SleeperTree tree = SleeperTree.build(n, BUILD_TIMEOUT)) {
            return teardown.end(tree);
        }
    }

    private long escalate(SleeperTree tree) throws IOException, SignalRefusedException {
        long t0 = System.nanoTime();
        TerminationReport report = Platform.current().terminator().escalate(tree.family(), grace);
        long elapsed = System.nanoTime() - t0;
        if (!report.clean()) {
            throw new IllegalStateException("the escalation left survivors: " + report.survivors());
        }
        return elapsed;
    }

    /** The baseline the issue names: the command {@code kill -KILL -- -PGID}, so starting it counts. */
    private long killCommand(SleeperTree tree) throws IOException, InterruptedException {
        int pgid = tree.signallableGroup();
        long t0 = System.nanoTime();
        Process kill = new ProcessBuilder("/bin/kill", "-KILL", "--", "-" + pgid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("/bin/kill failed with status " + kill.exitValue());
        }
        tree.awaitEmpty();
        return System.nanoTime() - t0;
    }

    /** The stricter baseline: one group signal from this process, nothing started. */
    private long killSyscall(SleeperTree tree) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Delivery kill = tree.launch().signalGroup(Signal.KILL);
        if (!kill.sent()) {
            throw new IllegalStateException("SIGKILL to the tree's process group: " + kill);
        }
        tree.awaitEmpty();
        return System.nanoTime() - t0;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    /** A launched, contained tree of N sleeping processes in a session of its own. */
    record SleeperTree(Launch launch) implements AutoCloseable {
        private static final String SCRIPT =
                "i=1; while [ $i -lt \"$1\" ]; do sleep 3600 & i=$((i+1)); done; exec sleep 3600";

        static SleeperTree build(int n, Duration timeout) throws LaunchException, IOException, InterruptedException {
            LaunchSpec spec = LaunchSpec.of("sh", "-c", SCRIPT, "sh", Integer.toString(n)).withIsolation(Isolation.SESSION);
            SleeperTree tree = new SleeperTree(Platform.current().launcher().launch(spec));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (tree.sleeping() < n) {
                if (System.nanoTime() > deadline) {
                    tree.close();
                    throw new IllegalStateException("the tree of " + n + " sleepers was not built within " + timeout);
                }
                Thread.sleep(50);
            }
            return tree;
        }

        Family family() {
            return launch.family();
        }

        /** The tree's process group (it leads its own session), once the guard has no objection. */
        int signallableGroup() {
            int pgid = launch.pid();
            Platform.current().terminator().guard().refuseGroup(pgid).ifPresent(why -> {
                throw new IllegalStateException(why);
            });
            return pgid;
        }

        /** Reads the table, with the same pauses between readings as the escalation's own wait, until no member is alive. */
        void awaitEmpty() throws IOException, InterruptedException {
            long pause = 1;
            while (alive() > 0) {
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 25);
            }
        }

        long alive() throws IOException {
            return family().members(Platform.current().processTable().snapshot()).stream()
                    .filter(p -> p.state().isAlive()).count();
        }

        private long sleeping() throws IOException {
            return family().members(Platform.current().processTable().snapshot()).stream()
                    .filter(p -> p.state().isAlive() && p.name().equals("sleep")).map(ProcessInfo::pid).count();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (alive() > 0) {
                try {
                    Platform.current().terminator().escalate(family(), Duration.ZERO);
                } catch (SignalRefusedException e) {
                    throw new IllegalStateException(e);
                }
            }
            launch.waitFor(Duration.ofSeconds(30));
            launch.close();
            Platform.current().orphanReaper().reapOrphans(Platform.current().launcher().rootPids());
        }
    }
}
