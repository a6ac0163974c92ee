package dev.progeny.app.cli;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.Departure;
import dev.progeny.probes.terminate.ProcessFamily;
import dev.progeny.probes.terminate.SignalRefusedException;
import dev.progeny.probes.terminate.Survivor;
import dev.progeny.probes.terminate.TerminationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a {@code progeny run}: finds what is left of the launch's family, tells the user,
 * ends it through the platform's {@link dev.progeny.probes.terminate.Terminator} (TERM and
 * CONT, grace, KILL) and reaps the orphans Progeny adopted. The family is the launch's with
 * every orphan this process adopted ({@link SoleLaunchFamily}). Messages go to {@code err}.
 */
final class FamilyEnding {
    private static final int SETTLE_ROUNDS = 20;
    private static final Duration SETTLE_PAUSE = Duration.ofMillis(20);

    private final Platform platform;
    private final Launch launch;
    private final SoleLaunchFamily family;
    private final PrintWriter err;

    FamilyEnding(Platform platform, Launch launch, PrintWriter err) {
        this.platform = platform;
        this.launch = launch;
        this.family = new SoleLaunchFamily(launch, (int) ProcessHandle.current().pid());
        this.err = err;
    }

    /**
     * The live members, the launched process itself excluded. A snapshot is not atomic: a member
     * may fork and exit while the table is read, so its child is missing and it looks dead. So
     * read until two readings agree, reaping adopted zombies between them.
     */
    List<Membership> leftovers() throws IOException, InterruptedException {
        ProcessKey root = launch.root();
        Set<ProcessKey> previous = null;
        List<Membership> live = List.of();
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            live = members().stream().filter(m -> !m.process().key().equals(root)).toList();
            Set<ProcessKey> keys = live.stream().map(m -> m.process().key()).collect(Collectors.toSet());
            if (keys.equals(previous)) {
                break;
            }
            previous = keys;
            reapAdopted();
            Thread.sleep(SETTLE_PAUSE);
        }
        return live;
    }

    /** The live members. */
    List<Membership> members() throws IOException {
        return family.memberships(platform.processTable().snapshot()).stream()
                .filter(m -> !m.process().isZombie()).toList();
    }

    /** Whether the launched process itself is stopped (a job-control stop or SIGSTOP). */
    boolean rootStopped() throws IOException {
        return platform.processTable().snapshot().process(launch.root().pid())
                .filter(p -> p.key().equals(launch.root()) && p.state() == ProcessState.STOPPED).isPresent();
    }

    void describe(List<Membership> leftovers, String heading) {
        err.println("progeny: " + heading);
        for (Membership m : leftovers) {
            String why = m.reasons().stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
            err.println("progeny:   " + m.process().pid() + " " + m.process().commandLine()
                    + (m.escaped() ? "  [escaped; found by " : "  [found by ") + why + "]");
        }
    }

    /** Ends every live member, then reports how each of {@code watched} ended. */
    void end(Duration grace, List<Membership> watched) throws IOException, SignalRefusedException {
        report(platform.terminator().escalate(family, grace),
                watched.stream().map(m -> m.process().key()).toList());
    }

    /** Ends the launched process alone (TERM, grace, KILL), as timeout(1) does, and says how. */
    void endCommand(Duration grace) throws IOException, SignalRefusedException {
        ProcessFamily command = new ProcessFamily(launch.root(), launch.spec().argv().getFirst());
        report(platform.terminator().escalate(command, grace), List.of(launch.root()));
    }

    private void report(TerminationReport report, List<ProcessKey> watched) throws IOException {
        if (!watched.isEmpty()) {
            err.println("progeny: ended: " + watched.stream().map(key -> howEnded(key, report))
                    .collect(Collectors.joining(", ")));
        }
        String others = report.departures().stream()
                .filter(d -> !watched.contains(d.process()) && d.status().isPresent())
                .map(d -> d.process().pid() + " " + d.name() + " (" + d.status().get() + ")")
                .collect(Collectors.joining(", "));
        if (!others.isEmpty()) { // recorded by an exact event source, even those no reading caught
            err.println("progeny: also exited meanwhile: " + others);
        }
        for (Survivor s : report.survivors()) {
            err.println("progeny: could not end " + s);
        }
        reapAdopted();
    }

    private static String howEnded(ProcessKey key, TerminationReport report) {
        if (report.survivors().stream().anyMatch(s -> s.process().key().equals(key))) {
            return key.pid() + " still alive";
        }
        boolean killed = report.deliveries().stream().anyMatch(d -> d.sent() && d.signal() == Signal.KILL
                && d.target().equals(key) && !d.scope().wholeContainer());
        Instant gone = report.departures().stream().filter(d -> d.process().equals(key)).map(Departure::seenAt)
                .findFirst().orElse(Instant.MAX);
        Optional<String> byContainer = report.deliveries().stream()
                .filter(d -> d.sent() && d.scope().wholeContainer() && !gone.isBefore(d.at()))
                .map(d -> d.scope() == Delivery.Scope.CGROUP ? "cgroup.kill" : "procctl reaper").findFirst();
        return key.pid() + (killed ? " by SIGKILL" : byContainer.map(how -> " by SIGKILL (" + how + ")").orElse(" by SIGTERM"));
    }

    /** Reaps the zombies of this family that Progeny adopted as subreaper, and only those. */
    void reapAdopted() throws IOException {
        Snapshot snapshot = platform.processTable().snapshot();
        Set<Integer> members = family.memberships(snapshot).stream().map(m -> m.process().pid())
                .collect(Collectors.toSet());
        Set<Integer> others = new HashSet<>(platform.launcher().rootPids());
        snapshot.children((int) ProcessHandle.current().pid()).stream().map(p -> p.pid())
                .filter(pid -> !members.contains(pid)).forEach(others::add);
        platform.orphanReaper().reapOrphans(others);
    }
}
