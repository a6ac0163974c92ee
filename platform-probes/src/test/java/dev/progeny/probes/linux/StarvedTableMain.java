package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.terminate.FamilyTerminator;
import dev.progeny.probes.terminate.ProcessFamily;
import dev.progeny.probes.terminate.Survivor;
import dev.progeny.probes.terminate.TerminationReport;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A JVM that ends a TERM-ignoring process while it has no file descriptor to spare: after the
 * first reading, every later one finds the descriptor table full but for one slot (enough to
 * open {@code /proc}, not to open any {@code stat} in it), so the process can no longer be read.
 * Prints what the table and the termination made of it, as {@code key=value} lines, for
 * {@link UnreadableIsNotGoneTest}. Its own JVM, so no other test loses its descriptors.
 */
public final class StarvedTableMain {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle OPEN = LINKER.downcallHandle(LINKER.defaultLookup().find("open").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LINKER.defaultLookup().find("close").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final Deque<Integer> burnt = new ArrayDeque<>();

    private StarvedTableMain() {
    }

    public static void main(String[] args) throws Throwable {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "trap '' TERM; exec sleep 300");
        pb.environment().put(LaunchSpec.LAUNCH_TAG, args[0]);
        Process member = pb.start();
        try {
            new StarvedTableMain().run((int) member.pid());
        } finally {
            member.destroyForcibly().waitFor();
        }
    }

    /**
     * Classes the starved branches use, loaded while a descriptor is still there to read them
     * with (a class path of directories opens a file per class).
     */
    private static final String[] NEEDED_LATER = {
        "dev.progeny.probes.UnreadableProcess", "dev.progeny.probes.linux.LinuxErrors",
        "dev.progeny.probes.linux.ProcFiles$Unavailable", "dev.progeny.probes.terminate.TargetReading$Unreadable",
        "dev.progeny.probes.terminate.TargetReading$Absent", "dev.progeny.probes.terminate.TargetReading$Present",
        "dev.progeny.probes.terminate.SignalGuard$Verdict$Unconfirmed", "dev.progeny.probes.terminate.SignalGuard$Verdict$Gone",
        "dev.progeny.probes.terminate.SignalGuard$Verdict$Refused", "dev.progeny.probes.terminate.Survivor",
        "dev.progeny.probes.terminate.SurvivorReasons", "dev.progeny.probes.terminate.Departure",
    };

    private void run(int pid) throws Throwable {
        for (String name : NEEDED_LATER) {
            Class.forName(name);
        }
        LinuxErrors.describe(24);
        LinuxProcessTable fed = new LinuxProcessTable();
        LinuxProcessTable starved = new LinuxProcessTable();
        ProcessKey key = awaitSleep(fed, pid);
        boolean[] first = {true};
        ProcessTable table = () -> {
            if (first[0]) {
                first[0] = false;
                return fed.snapshot();
            }
            starve();
            return starved.snapshot();
        };
        TerminationReport report;
        Snapshot last;
        try {
            report = new FamilyTerminator(table, new LinuxSignalSender(SelfGuard.create()))
                    .escalate(new ProcessFamily(key, "sleep"), Duration.ofMillis(200));
            last = table.snapshot();
        } finally {
            release();
        }
        System.out.println("listed=" + last.process(pid).isPresent());
        System.out.println("unreadable=" + last.unreadable(pid).map(u -> Integer.toString(u.errno())).orElse("no"));
        System.out.println("departed=" + report.departures().stream().anyMatch(d -> d.process().equals(key)));
        System.out.println("clean=" + report.clean());
        System.out.println("survivor=" + report.survivors().stream().filter(s -> s.process().key().equals(key))
                .map(Survivor::reason).findFirst().orElse("none"));
    }

    private static ProcessKey awaitSleep(ProcessTable table, int pid) throws Exception {
        for (int i = 0; i < 300; i++) {
            Optional<ProcessInfo> p = table.snapshot().process(pid);
            if (p.isPresent() && p.get().name().equals("sleep")) {
                return p.get().key();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("pid " + pid + " never became sleep");
    }

    /** Fills the descriptor table but for one slot. */
    private void starve() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment devNull = arena.allocateFrom("/dev/null");
            int fd;
            while ((fd = (int) OPEN.invokeExact(devNull, 0)) >= 0) {
                burnt.push(fd);
            }
            int ignored = (int) CLOSE.invokeExact((int) burnt.pop());
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void release() throws Throwable {
        while (!burnt.isEmpty()) {
            int ignored = (int) CLOSE.invokeExact((int) burnt.pop());
        }
    }
}
