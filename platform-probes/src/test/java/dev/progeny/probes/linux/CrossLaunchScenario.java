package dev.progeny.probes.linux;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.TerminationReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13's two-launch escapee case as a program, for a normal user ({@link DelegatedCgroup}
 * runs it as uid 65534): launch A leaves a setsid'd, environment-scrubbed {@code sleep 999} that
 * comes back to this process as subreaper, launch B starts 0.3 s after A, then B and A are ended
 * as the window's End does. Prints one fact per line ({@code name=value}) and ends everything it
 * started, the escapee by its key. Exit 0 whatever happened: the test judges the facts.
 */
public final class CrossLaunchScenario {
    /** Launch A: its escapee is setsid'd, scrubbed of its environment and orphaned to Progeny. */
    public static final String A = "sleep 1.5; setsid env -i sh -c 'sleep 999 & echo escapee $!; exit 0'; exec sleep 998";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private CrossLaunchScenario() {
    }

    public static void main(String[] args) throws Exception {
        PosixLauncher launcher = LinuxLaunching.launcher();
        LinuxProcessTable table = new LinuxProcessTable();
        Launch a = launcher.launch(LaunchSpec.of("sh", "-c", A));
        Thread.sleep(300);
        Launch b = launcher.launch(LaunchSpec.of("sleep", "997"));
        ProcessKey escapee = null;
        try {
            escapee = escapeeOf(a, table);
            System.out.println("containment=" + a.containment());
            Snapshot snapshot = table.snapshot();
            ProcessKey theEscapee = escapee;
            System.out.println("claimedByB=" + b.family().members(snapshot).stream().map(ProcessInfo::key)
                    .anyMatch(theEscapee::equals));
            Map<ProcessKey, LaunchIndex.Owner> owners = LaunchIndex.of(snapshot, List.of(b, a));
            LaunchIndex.Owner owner = owners.get(escapee);
            System.out.println("owner=" + (owner == null ? "none" : owner.launch() == a ? "A" : "B"));

            TerminationReport endB = Platform.current().terminator().escalate(b.family(), Signal.TERM, Duration.ofSeconds(2));
            System.out.println("escapeeSignalledByEndingB=" + endB.deliveries().stream().anyMatch(d -> d.target().equals(theEscapee)));
            System.out.println("escapeeAliveAfterEndingB=" + table.snapshot().contains(escapee));
            System.out.println("bEnded=" + (b.waitFor(PATIENCE).isPresent() && endB.clean()));

            TerminationReport endA = Platform.current().terminator().escalate(a.family(), Signal.TERM, Duration.ofSeconds(2));
            System.out.println("aEnded=" + (a.waitFor(PATIENCE).isPresent() && endA.clean()));
            System.out.println("escapeeEndedWithA=" + endA.deliveries().stream().anyMatch(d -> d.target().equals(theEscapee)));
        } finally {
            if (escapee != null && table.snapshot().contains(escapee)) {
                Platform.current().terminator().signal(escapee, Signal.KILL);
            }
            if (escapee != null) {
                PosixLibc.INSTANCE.waitpid(escapee.pid(), new int[1], 0);
            }
            for (Launch l : List.of(a, b)) {
                Platform.current().terminator().escalate(l.family(), Signal.KILL, Duration.ofSeconds(2));
                l.waitFor(PATIENCE);
                l.close();
            }
        }
    }

    /**
     * The key of the escapee launch {@link #A} printed, once it has come back to this process (its
     * parent shell exited); fails after 30 s with A's output.
     */
    public static ProcessKey escapeeOf(Launch a, ProcessTable table) throws Exception {
        Pattern printed = Pattern.compile("escapee (\\d+)");
        int self = PosixLibc.INSTANCE.getpid();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = printed.matcher(a.output().text());
            if (m.find()) {
                int pid = Integer.parseInt(m.group(1));
                var p = table.snapshot().process(pid);
                if (p.isPresent() && p.get().ppid() == self) {
                    return p.get().key();
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the escapee never came back; A's output: " + a.output().text());
    }
}
