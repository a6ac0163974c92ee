package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one termination did: every signal with its outcome, every member seen to exit and when,
 * and the members still alive at the end with a reason each. Immutable; the same on every OS.
 *
 * @param family      the family's description
 * @param started     when the termination began
 * @param finished    when it returned
 * @param members     the live members found by the first reading (when a launch's own group was
 *                    signalled before that reading, members that died at once are not in it)
 * @param stages      the stages that ran, in order
 * @param deliveries  every signal, in the order sent
 * @param departures  every member seen to exit, in order of exit (with how it ended when an exact event
 *                    source recorded it, members no reading caught included)
 * @param survivors   members alive at the end (empty when the family is gone)
 * @param cgroupPopulated whether the family's cgroup still held a live process at the end, even
 *                    one no reading of the table caught (false when there is no cgroup)
 */
public record TerminationReport(String family, Instant started, Instant finished, List<ProcessInfo> members,
                                List<Stage> stages, List<Delivery> deliveries, List<Departure> departures,
                                List<Survivor> survivors, boolean cgroupPopulated) {

    /** The steps of an escalation, in the order they can run. */
    public enum Stage {
        /** The requested signal (TERM when escalating), followed by CONT so stopped members act on it. */
        SIGNAL,
        /** Waiting for the family to shrink, at most the grace period. */
        GRACE,
        /** SIGSTOP to every member, repeated until no new member appears (a family out-forking its killer). */
        FREEZE,
        /** SIGKILL to every member left. */
        KILL,
        /** SIGKILL through the family's cgroup. */
        CGROUP_KILL,
        /** SIGKILL through the procctl reaper to the launch's subtree (FreeBSD). */
        REAPER_KILL,
        /** Reading the table until no member is alive, or giving up. */
        VERIFY
    }

    public TerminationReport {
        members = List.copyOf(members);
        stages = List.copyOf(stages);
        deliveries = List.copyOf(deliveries);
        departures = List.copyOf(departures);
        survivors = List.copyOf(survivors);
    }

    /** True when nothing of the family is alive any more (zombies count as dead). */
    public boolean clean() {
        return survivors.isEmpty() && !cgroupPopulated;
    }

    public Duration elapsed() {
        return Duration.between(started, finished);
    }

    /** Pids that were sent at least one signal that the kernel accepted. */
    public Set<Integer> signalledPids() {
        return deliveries.stream().filter(Delivery::sent).map(d -> d.target().pid())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when {@code stage} ran. */
    public boolean ran(Stage stage) {
        return stages.contains(stage);
    }
}
