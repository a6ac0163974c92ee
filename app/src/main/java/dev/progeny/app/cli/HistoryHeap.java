package dev.progeny.app.cli;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.launch.ExitStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Optional;

/**
 * The heap a {@link ProcessHistory} of N processes takes, measured as the used heap after full
 * collections before and after filling it: one launch of a {@code make}-like build, each process
 * forked, exec'd with an argv of its own (five strings, as a compiler's) and exited.
 */
final class HistoryHeap {
    private HistoryHeap() {
    }

    /** Bytes of heap held by a history of {@code processes} processes (the root and its children). */
    static long measure(int processes) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledUse(memory);
        ProcessHistory history = new ProcessHistory();
        history.accept(new ProcessEvent.Appeared(0, ProcessInfo.builder(100).startTime(1).argv(List.of("make", "-j8")).build()));
        history.launchStarted("bench", new ProcessKey(100, 1));
        Optional<ExitStatus> ok = Optional.of(new ExitStatus.Exited(0));
        for (int i = 1; i < processes; i++) {
            int pid = 200 + i % 30_000;
            long t = 1_000L * i;
            history.accept(new ProcessEvent.Fork(t, pid, 100, 10L + i));
            history.accept(new ProcessEvent.Exec(t + 1, pid, List.of("/usr/bin/cc", "-c", "src/module" + i + ".c", "-o",
                    "build/module" + i + ".o"), "cc"));
            history.accept(new ProcessEvent.Exit(t + 500, pid, ok, -1));
        }
        long after = settledUse(memory);
        Reference.reachabilityFence(history);
        return after - before;
    }

    private static long settledUse(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
