package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.Descriptor;
import dev.progeny.probes.diagnose.Diagnoser;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.PipeMap;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.SameOpenFile;
import dev.progeny.probes.diagnose.SocketMap;
import dev.progeny.probes.diagnose.SocketPeers;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code why}: reads the target in full, asks the kernel for the peers of its sockets, reads
 * the descriptors of the processes around it (its family and group first, its session and then
 * everyone only while the other end of the pipe or socketpair it waits on is not found), measures its
 * pipes, then reads the processes that explain it and what the others on its pipes and sockets
 * wait for. Progeny's own descriptors (one per process it shows) are read only for a
 * process it launched: its capture pipes are theirs. Not thread-safe: one instance per
 * explanation. Linux only.
 */
final class LinuxExplanation {
    /** At most this many other ends of one pipe are diagnosed in full. */
    private static final int MAX_EXPLAINERS = 8;
    /** At most this many other processes on its pipes and sockets are asked what they wait for. */
    private static final int MAX_NEIGHBOURS = 16;

    private final LinuxProcReader reader;
    private final LinuxPipeReader pipes;
    private final Snapshot snapshot;
    private final SameOpenFile kernel;
    private final int self;
    private final Map<Integer, ProcessFacts> facts = new HashMap<>();
    private final Map<Integer, List<Descriptor>> descriptors = new HashMap<>();

    LinuxExplanation(LinuxProcReader reader, LinuxPipeReader pipes, Snapshot snapshot, SameOpenFile kernel, int self) {
        this.reader = reader;
        this.pipes = pipes;
        this.snapshot = snapshot;
        this.kernel = kernel;
        this.self = self;
    }

    Optional<WhyReport> explain(ProcessKey key) {
        Optional<ProcessInfo> found = snapshot.process(key.pid()).filter(p -> p.key().equals(key)).flatMap(reader::fresh);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProcessFacts target = readFacts(found.get());
        target.fds().ifPresent(fds -> descriptors.put(target.pid(), fds));
        if (snapshot.ancestors(found.get().pid()).stream().anyMatch(a -> a.pid() == self)) {
            reader.ownDescriptors(self).ifPresent(fds -> descriptors.put(self, fds));
        }
        SocketPeers peers = LinuxSocketPeers.of(target.fds().orElse(List.of()).stream()
                .map(Descriptor::socketInode).filter(inode -> inode >= 0).distinct().toList());
        PipeMap map = null;
        SocketMap sockets = null;
        List<List<ProcessInfo>> rings = rings(found.get());
        for (int i = 0; i < rings.size(); i++) {
            readDescriptors(rings.get(i));
            map = pipes.map(descriptors);
            sockets = SocketMap.build(descriptors, peers);
            if (!otherEndMissing(target.waiting(), map, sockets, i + 2 == rings.size())) {
                break;
            }
        }
        map = pipes.measure(map, target.pid());
        Diagnosis first = Diagnoser.diagnose(target, readings(map, sockets));
        Set<Integer> more = new LinkedHashSet<>(Diagnoser.explainers(first).stream().limit(MAX_EXPLAINERS).toList());
        more.add(found.get().ppid());
        for (int pid : more) {
            snapshot.process(pid).flatMap(reader::fresh).ifPresent(this::readFacts);
        }
        for (int pid : Diagnoser.neighbours(first).stream().filter(n -> n != self).limit(MAX_NEIGHBOURS).toList()) {
            snapshot.process(pid).flatMap(reader::fresh).ifPresent(p -> facts.putIfAbsent(pid,
                    ProcessFacts.waitOnly(p, reader.waiting(p, List.of()))));
        }
        for (ProcessInfo p : List.of(found.get(), snapshot.process(found.get().ppid()).orElse(found.get()))) {
            snapshot.children(p.pid()).stream().filter(ProcessInfo::isZombie)
                    .forEach(z -> reader.fresh(z).ifPresent(fz -> facts.putIfAbsent(fz.pid(), reader.zombie(fz))));
        }
        return Optional.of(Diagnoser.explain(target.pid(), readings(map, sockets)));
    }

    private ProcessFacts readFacts(ProcessInfo fresh) {
        ProcessFacts f = reader.facts(fresh, snapshot.children(fresh.pid()).stream().map(ProcessInfo::pid).toList(),
                fresh.pid() != self);
        facts.put(f.pid(), f);
        return f;
    }

    /**
     * Where to look for the other end of its pipe, nearest first: its ancestors (init aside),
     * siblings, descendants and process group; then its session; then everyone. The ancestors
     * also serve the inherited descriptors. Progeny itself is read apart (see the class).
     */
    private List<List<ProcessInfo>> rings(ProcessInfo p) {
        Set<ProcessInfo> family = new LinkedHashSet<>(snapshot.ancestors(p.pid()));
        family.addAll(snapshot.children(p.ppid()));
        family.addAll(snapshot.descendants(p.pid()));
        family.addAll(snapshot.groupMembers(p.pgid()));
        List<ProcessInfo> session = p.sid() > 1 ? snapshot.sessionMembers(p.sid()) : List.of();
        return List.of(readable(family), readable(session), readable(snapshot.processes()));
    }

    private List<ProcessInfo> readable(Collection<ProcessInfo> processes) {
        return processes.stream().filter(q -> q.pid() > 1 && q.ppid() != 0 && !q.isZombie() && q.pid() != self).toList();
    }

    private void readDescriptors(List<ProcessInfo> processes) {
        for (ProcessInfo q : processes) {
            if (!descriptors.containsKey(q.pid()) && !q.isZombie()) {
                reader.descriptors(q.pid(), false).ifPresent(fds -> descriptors.put(q.pid(), fds));
            }
        }
    }

    /**
     * Whether the next ring should be read: the target waits on a pipe or connected socket whose
     * other end the maps have not found. Everyone is read for a pipe or a socketpair, whose ends
     * are inherited and nearly always near; not for a socket with an address, whose peer is a
     * server's (the address names it) and often far: reading every process would cost more than
     * {@code why}'s 20 ms (docs/decisions/0024-socket-peers-from-sock-diag.md).
     */
    private static boolean otherEndMissing(WaitingFor waiting, PipeMap map, SocketMap sockets, boolean everyoneNext) {
        return switch (sockets.join(map.join(waiting))) {
            case WaitingFor.PipeWrite w -> w.pipe() >= 0 && w.state().otherEnds().isEmpty();
            case WaitingFor.PipeRead r -> r.pipe() >= 0 && r.state().otherEnds().isEmpty();
            case WaitingFor.Socket s -> s.state().peer().isPresent() && s.state().otherEnds().isEmpty()
                    && (!everyoneNext || sockets.pair(s.inode()).map(SocketMap.Pair::socketpair).orElse(false));
            default -> false;
        };
    }

    private Diagnoser.Readings readings(PipeMap map, SocketMap sockets) {
        return new Diagnoser.Readings(snapshot, facts, descriptors, map, sockets, kernel, self,
                LinuxSignals.TABLE.number(Signal.CHLD));
    }
}
