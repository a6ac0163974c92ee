package dev.progeny.probes.testing;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.linux.LinuxConstants;
import dev.progeny.probes.posix.PosixLibc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends every process carrying a test tag and reaps the zombies re-parented to the test JVM
 * (which may be a subreaper) during the test, so neither live processes nor zombies outlive
 * it. Pids in {@code launchRoots} are left to their launch's own waiter; zombies that started
 * before {@code sinceStartTime} (in {@link ProcessInfo#startTime()} units) are left alone,
 * since they are not this test's. Linux (start times in clock ticks).
 */
public final class LaunchCleanup {
    /** {@code WNOHANG}: 1 on Linux, FreeBSD and macOS (platform-facts §1). */
    private static final int WNOHANG = 1;

    private LaunchCleanup() {
    }

    /** Now, as a Linux start time (clock ticks since boot): later processes count as this test's. */
    public static long mark() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
            long ticks = PosixLibc.INSTANCE.sysconf(LinuxConstants.SC_CLK_TCK);
            return (long) (Double.parseDouble(uptime) * ticks) - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends every process carrying the tag and reaps those of them that are this JVM's children
     * (orphans it adopted as subreaper), so the test leaves neither processes nor zombies.
     */
    public static void endAll(String tagPrefix, Set<Integer> launchRoots, long sinceStartTime) {
        Set<ProcessKey> killed = new HashSet<>();
        // Twice empty in a row, a little apart: a process caught in exec reads as untagged once.
        for (int round = 0, empty = 0; round < 50 && empty < 2; round++) {
            if (TaggedProcesses.alive(tagPrefix).isEmpty()) {
                empty++;
                pause();
            } else {
                empty = 0;
                killed.addAll(TaggedProcesses.killAll(tagPrefix));
            }
        }
        reapKilled(killed, launchRoots);
        reapZombies(launchRoots, sinceStartTime);
    }

    /**
     * Reaps each killed process that is, or becomes, this JVM's child, once it is a zombie: a
     * killed grandchild is re-parented to the JVM (a subreaper) when its killed parent goes first,
     * so each is followed until its parent reaped it or it is the JVM's zombie. A launch root is
     * left to its launch's own waiter. A SIGKILLed process may take a moment to become a zombie.
     */
    private static void reapKilled(Set<ProcessKey> killed, Set<Integer> launchRoots) {
        int self = PosixLibc.INSTANCE.getpid();
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (ProcessKey key : killed) {
            if (launchRoots.contains(key.pid())) {
                continue;
            }
            while (System.nanoTime() < deadline) {
                ProcessInfo p = process(key);
                if (p == null) {
                    break;
                }
                if (p.isZombie() && p.ppid() == self) {
                    PosixLibc.INSTANCE.waitpid(key.pid(), new int[1], WNOHANG);
                    break;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ProcessInfo process(ProcessKey key) {
        return snapshot().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    /** Reaps this test's zombie children of the JVM, waiting briefly for ones still dying. */
    public static void reapZombies(Set<Integer> launchRoots, long sinceStartTime) {
        int self = PosixLibc.INSTANCE.getpid();
        for (ProcessInfo p : snapshot()) {
            if (p.ppid() == self && p.isZombie() && p.startTime() >= sinceStartTime
                    && !launchRoots.contains(p.pid())) {
                PosixLibc.INSTANCE.waitpid(p.pid(), new int[1], WNOHANG);
            }
        }
    }

    private static List<ProcessInfo> snapshot() {
        try {
            return Platform.current().processTable().snapshot().processes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
