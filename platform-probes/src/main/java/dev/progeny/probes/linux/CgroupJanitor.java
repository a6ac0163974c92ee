package dev.progeny.probes.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes launch cgroups that were still populated when their launch was closed, once they
 * empty, so a long-running Progeny leaves no empty cgroups behind. One daemon thread, alive only
 * while something is pending. Linux. Thread-safe.
 */
final class CgroupJanitor {
    private static final long PERIOD_MILLIS = 1000;
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static Thread worker;

    private CgroupJanitor() {
    }

    /** Removes {@code cgroup} now if it is empty, otherwise as soon as it is. */
    static void removeWhenEmpty(Path cgroup) {
        if (CgroupV2.remove(cgroup)) {
            return;
        }
        PENDING.add(cgroup);
        synchronized (CgroupJanitor.class) {
            if (worker == null) {
                worker = Thread.ofPlatform().daemon().name("progeny-cgroup-janitor").start(CgroupJanitor::work);
            }
        }
    }

    private static void work() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            PENDING.removeIf(dir -> CgroupV2.remove(dir) || !Files.exists(dir));
            synchronized (CgroupJanitor.class) {
                if (PENDING.isEmpty()) {
                    worker = null;
                    return;
                }
            }
        }
    }
}
