package dev.progeny.probes.terminate;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.UnreadableProcess;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Family;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The running state of one termination: the family's live members as last read, every signal
 * sent and every exit seen. Who is alive is read from the table (signalling needs each member's
 * group, state and containment, which no event carries); exits are the recorded ones when an
 * exact event source records the family ({@link RecordedDepartures}). Reads and signals; the
 * order of stages is {@link FamilyTerminator}'s.
 * Not thread-safe: one per call.
 */
final class Termination {
    private final ProcessTable table;
    private final SignalSender sender;
    private final Family family;
    private final Instant started = Instant.now();
    private final List<TerminationReport.Stage> stages = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final List<Departure> departures = new ArrayList<>();
    private final Set<ProcessKey> seen = new HashSet<>();
    private Map<ProcessKey, ProcessInfo> alive = new LinkedHashMap<>();
    /** Members kept alive as last read because the last reading could not read them. */
    private Map<ProcessKey, UnreadableProcess> unreadable = Map.of();
    private Map<Integer, Integer> liveByGroup = Map.of();
    private Map<Integer, Integer> familyByGroup = Map.of();
    private List<ProcessInfo> initial = List.of();
    private boolean cgroupPopulated;
    private int earlyGroup;
    private List<Delivery> earlyDeliveries = List.of();
    private final RecordedDepartures recorded;

    Termination(ProcessTable table, SignalSender sender, Family family) {
        this.table = table;
        this.sender = sender;
        this.family = family;
        this.recorded = new RecordedDepartures(family.recorded());
    }

    Family family() {
        return family;
    }

    void stage(TerminationReport.Stage stage) {
        if (stages.isEmpty() || stages.getLast() != stage) {
            stages.add(stage);
        }
    }

    /**
     * Reads the table: updates the live members, records the members that left (exited or
     * became zombies) and returns the live members never seen before (born since the last read).
     * A member the table listed but could not read has not left: it stays alive as last read.
     */
    List<ProcessInfo> read() throws IOException {
        Snapshot snapshot = table.snapshot();
        Map<ProcessKey, ProcessInfo> now = new LinkedHashMap<>();
        for (ProcessInfo p : family.members(snapshot)) {
            if (p.state().isAlive()) {
                now.put(p.key(), p);
            }
        }
        Map<ProcessKey, UnreadableProcess> unreadableNow = new HashMap<>();
        for (ProcessInfo gone : alive.values()) {
            if (now.containsKey(gone.key())) {
                continue;
            }
            Optional<UnreadableProcess> unread = snapshot.unreadable(gone.pid());
            if (unread.isPresent()) {
                now.put(gone.key(), gone);
                unreadableNow.put(gone.key(), unread.get());
            } else {
                departures.add(new Departure(gone.key(), gone.name(), snapshot.takenAt(), Optional.empty()));
            }
        }
        unreadable = unreadableNow;
        List<ProcessInfo> born = new ArrayList<>();
        for (ProcessInfo p : now.values()) {
            if (seen.add(p.key())) {
                born.add(p);
            }
        }
        alive = now;
        cgroupPopulated = family.cgroup().map(sender::cgroupPopulated).orElse(false);
        liveByGroup = liveCountByGroup(snapshot.processes());
        familyByGroup = liveCountByGroup(now.values());
        return born;
    }

    /**
     * Sends {@code signals} to the process group {@code leader} leads, before the family has been
     * read (so the signal is not delayed by a reading). True when every signal was sent.
     */
    boolean deliverToLeadersGroup(ProcessKey leader, List<Signal> signals) {
        List<Delivery> sent = sender.sendToGroup(leader, leader.pid(), SignalGuard.GroupOwner.FAMILY, signals);
        if (sent.isEmpty() || !sent.stream().allMatch(Delivery::sent)) {
            return false;
        }
        earlyGroup = leader.pid();
        earlyDeliveries = sent;
        return true;
    }

    /**
     * The first reading: the members the report starts from. Members of a group signalled by
     * {@link #deliverToLeadersGroup} are recorded as having received those signals.
     */
    List<ProcessInfo> begin() throws IOException {
        initial = read();
        for (Delivery d : earlyDeliveries) {
            deliveries.add(d);
            for (ProcessInfo p : initial) {
                if (p.pgid() == earlyGroup && !p.key().equals(d.target())) {
                    deliveries.add(new Delivery(p.key(), Delivery.Scope.GROUP, d.signal(), d.at(), Delivery.Outcome.SENT,
                            "process group " + earlyGroup + " (through pid " + earlyGroup + ")"));
                }
            }
        }
        return initial;
    }

    /** Live members outside the group signalled before the first reading (all of them if none was). */
    List<ProcessInfo> outsideEarlyGroup() {
        return alive.values().stream().filter(p -> earlyDeliveries.isEmpty() || p.pgid() != earlyGroup).toList();
    }

    private static Map<Integer, Integer> liveCountByGroup(Collection<ProcessInfo> processes) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ProcessInfo p : processes) {
            if (p.state().isAlive()) {
                counts.merge(p.pgid(), 1, Integer::sum);
            }
        }
        return counts;
    }

    Collection<ProcessInfo> alive() {
        return alive.values();
    }

    /**
     * Whether anything of the family may still be alive: a member in the last reading, or a
     * process in the family's cgroup (which a reading can miss when it forks and exits faster
     * than /proc is listed).
     */
    boolean anyAlive() {
        return !alive.isEmpty() || cgroupPopulated;
    }

    List<Delivery> deliveries() {
        return deliveries;
    }

    /** Why the last reading could not read member {@code key}; empty when it read it. */
    Optional<UnreadableProcess> unreadable(ProcessKey key) {
        return Optional.ofNullable(unreadable.get(key));
    }

    /**
     * Sends {@code signals} to each of {@code targets}. A process group that lies wholly inside
     * the family gets each signal once, as a group, which the kernel delivers to every member at
     * the same instant (no member can fork away from it); everything else goes process by process.
     */
    void deliver(Collection<ProcessInfo> targets, List<Signal> signals) {
        Map<Integer, List<ProcessInfo>> byGroup = new LinkedHashMap<>();
        for (ProcessInfo p : targets) {
            byGroup.computeIfAbsent(p.pgid(), g -> new ArrayList<>()).add(p);
        }
        byGroup.forEach((pgid, members) -> {
            // A group in Progeny's own session is never signalled whole (SignalSender#sendToGroup).
            boolean outsideOwnSession = members.getFirst().sid() != sender.guard().ownSid();
            if (!(outsideOwnSession && wholeGroupInFamily(pgid) && deliverToGroup(pgid, members, signals))) {
                for (ProcessInfo p : members) {
                    deliveries.addAll(sender.send(p.key(), signals));
                }
            }
        });
    }

    private boolean wholeGroupInFamily(int pgid) {
        return liveByGroup.getOrDefault(pgid, 0).equals(familyByGroup.getOrDefault(pgid, -1));
    }

    private boolean deliverToGroup(int pgid, List<ProcessInfo> members, List<Signal> signals) {
        ProcessInfo via = members.stream().filter(ProcessInfo::isGroupLeader).findFirst().orElse(members.getFirst());
        List<Delivery> sent = sender.sendToGroup(via.key(), pgid, SignalGuard.GroupOwner.FAMILY, signals);
        if (sent.isEmpty() || !sent.stream().allMatch(Delivery::sent)) {
            return false;
        }
        for (Delivery d : sent) {
            for (ProcessInfo p : members) {
                deliveries.add(new Delivery(p.key(), Delivery.Scope.GROUP, d.signal(), d.at(), Delivery.Outcome.SENT,
                        "process group " + pgid + " (through pid " + via.pid() + ")"));
            }
        }
        return true;
    }

    /** Records a container kill as a delivery to every live member. */
    void recordContainerKill(Container container, SignalSender.ContainerKill kill) {
        Instant at = Instant.now();
        Delivery.Scope scope = switch (container) {
            case Container.Cgroup c -> Delivery.Scope.CGROUP;
            case Container.ReaperSubtree r -> Delivery.Scope.REAPER;
        };
        for (ProcessInfo p : alive.values()) {
            deliveries.add(new Delivery(p.key(), scope, Signal.KILL, at, kill.outcome(), kill.detail()));
        }
    }

    TerminationReport report(List<Survivor> survivors) {
        return new TerminationReport(family.description(), started, Instant.now(), initial, stages, deliveries,
                recorded.complete(departures, seen), survivors, cgroupPopulated);
    }
}
