package dev.progeny.probes.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes the launch cgroups this JVM created once they are empty, so Progeny leaves no empty
 * cgroups behind: at once when a launch is closed, later (one daemon thread, alive only while
 * something is pending) when it was still populated then, and at JVM exit (a shutdown hook) for
 * every one still there, closed or not. A cgroup something still runs in (e.g. after
 * {@code run --keep}) cannot be removed and stays. Linux. Thread-safe.
 */
final class CgroupJanitor {
    private static final long PERIOD_MILLIS = 1000;
    /** Every launch cgroup created here and not yet removed. */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static Thread worker;
    private static boolean hooked;

    private CgroupJanitor() {
    }

    /** Remembers a cgroup just created for a launch, to be removed by JVM exit at the latest. */
    static void created(Path cgroup) {
        OWN.add(cgroup);
        synchronized (CgroupJanitor.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(CgroupJanitor::sweep));
                hooked = true;
            }
        }
    }

    /** Removes {@code cgroup} now if it is empty, reporting whether it is gone. */
    static boolean removeNow(Path cgroup) {
        if (CgroupV2.remove(cgroup) || !Files.exists(cgroup)) {
            OWN.remove(cgroup);
            PENDING.remove(cgroup);
            return true;
        }
        return false;
    }

    /** Removes {@code cgroup} now if it is empty, otherwise as soon as it is. */
    static void removeWhenEmpty(Path cgroup) {
        if (removeNow(cgroup)) {
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
            PENDING.forEach(CgroupJanitor::removeNow);
            synchronized (CgroupJanitor.class) {
                if (PENDING.isEmpty()) {
                    worker = null;
                    return;
                }
            }
        }
    }

    private static void sweep() {
        OWN.forEach(CgroupJanitor::removeNow);
    }
}
