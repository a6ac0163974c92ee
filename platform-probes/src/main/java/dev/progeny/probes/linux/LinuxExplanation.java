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
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code why}: reads the target in full, the descriptors of the processes around it (its
 * ancestors, its session, its descendants, Progeny; everyone only when its pipe's other end is
 * not among them), measures its pipes, then reads the processes that explain it. Not
 * thread-safe: one instance per explanation. Linux only.
 */
final class LinuxExplanation {
    /** At most this many other ends of one pipe are diagnosed in full. */
    private static final int MAX_EXPLAINERS = 8;

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
        readDescriptors(around(found.get()));
        PipeMap map = pipes.map(descriptors);
        if (waitsOnPipeWithoutOtherEnd(target, map)) {
            readDescriptors(snapshot.processes());
            map = pipes.map(descriptors);
        }
        map = pipes.measure(map, target.pid());
        Diagnosis first = Diagnoser.diagnose(target, readings(map));
        Set<Integer> more = new LinkedHashSet<>(Diagnoser.explainers(first).stream().limit(MAX_EXPLAINERS).toList());
        more.add(found.get().ppid());
        for (int pid : more) {
            snapshot.process(pid).flatMap(reader::fresh).ifPresent(this::readFacts);
        }
        for (ProcessInfo p : List.of(found.get(), snapshot.process(found.get().ppid()).orElse(found.get()))) {
            snapshot.children(p.pid()).stream().filter(ProcessInfo::isZombie)
                    .forEach(z -> reader.fresh(z).ifPresent(fz -> facts.putIfAbsent(fz.pid(), reader.zombie(fz))));
        }
        return Optional.of(Diagnoser.explain(target.pid(), readings(map)));
    }

    private ProcessFacts readFacts(ProcessInfo fresh) {
        ProcessFacts f = reader.facts(fresh, snapshot.children(fresh.pid()).stream().map(ProcessInfo::pid).toList());
        facts.put(f.pid(), f);
        return f;
    }

    /** Its ancestors (init aside), its session, its descendants, and Progeny. */
    private List<ProcessInfo> around(ProcessInfo p) {
        Set<ProcessInfo> out = new LinkedHashSet<>(snapshot.ancestors(p.pid()));
        if (p.sid() > 1) {
            out.addAll(snapshot.sessionMembers(p.sid()));
        }
        out.addAll(snapshot.descendants(p.pid()));
        snapshot.process(self).ifPresent(out::add);
        out.removeIf(q -> q.pid() <= 1 || q.ppid() == 0 || q.isZombie());
        return List.copyOf(out);
    }

    private void readDescriptors(List<ProcessInfo> processes) {
        for (ProcessInfo q : processes) {
            if (!descriptors.containsKey(q.pid()) && !q.isZombie()) {
                reader.descriptors(q.pid()).ifPresent(fds -> descriptors.put(q.pid(), fds));
            }
        }
    }

    private static boolean waitsOnPipeWithoutOtherEnd(ProcessFacts target, PipeMap map) {
        WaitingFor joined = map.join(target.waiting());
        return switch (joined) {
            case WaitingFor.PipeWrite w -> w.pipe() >= 0 && w.state().otherEnds().isEmpty();
            case WaitingFor.PipeRead r -> r.pipe() >= 0 && r.state().otherEnds().isEmpty();
            default -> false;
        };
    }

    private Diagnoser.Readings readings(PipeMap map) {
        return new Diagnoser.Readings(snapshot, facts, descriptors, map, kernel, self, LinuxSignals.TABLE.number(Signal.CHLD));
    }
}
