package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Joins what was read about several processes into diagnoses: pipes' other ends and fill,
 * sockets' peers, inherited descriptors, zombie families, and the processes that explain a wait. Pure: every
 * fact comes in {@link Readings}. Thread-safe.
 */
public final class Diagnoser {
    private Diagnoser() {
    }

    /**
     * Everything read for one explanation.
     *
     * @param facts       the processes read in full, by pid
     * @param descriptors the processes whose descriptors were read (ancestors, pipe holders,
     *                    Progeny), by pid
     * @param sockets     the sockets among {@code descriptors}, with the peers the kernel named
     * @param kernel      asks whether two descriptors are one open file
     * @param progeny     Progeny's own pid, to catch a descriptor of its own in another process
     * @param childSignal the platform's SIGCHLD number
     */
    public record Readings(Snapshot snapshot, Map<Integer, ProcessFacts> facts, Map<Integer, List<Descriptor>> descriptors,
                           PipeMap pipes, SocketMap sockets, SameOpenFile kernel, int progeny, int childSignal) {
        public Readings {
            facts = Map.copyOf(facts);
            descriptors = Map.copyOf(descriptors);
        }
    }

    public static Diagnosis diagnose(ProcessFacts f, Readings r) {
        List<Inherited> inherited = new ArrayList<>();
        List<Inherited> fromProgeny = new ArrayList<>();
        f.fds().ifPresent(fds -> {
            for (Inherited i : InheritedDescriptors.find(f.pid(), fds, holders(f.pid(), r), r.kernel())) {
                (i.from() == r.progeny() ? fromProgeny : inherited).add(i);
            }
        });
        ProcessInfo p = f.process();
        Optional<ZombieFamily> zombies = p.isZombie()
                ? r.snapshot().process(p.ppid()).map(parent -> family(parent, r))
                : r.snapshot().children(p.pid()).stream().anyMatch(ProcessInfo::isZombie)
                ? Optional.of(family(p, r)) : Optional.empty();
        return new Diagnosis(f, r.sockets().join(r.pipes().join(f.waiting())), inherited, fromProgeny, zombies,
                r.pipes().pipesOf(p.pid()), r.sockets().pairsOf(p.pid()));
    }

    /** The ancestors whose descriptors were read, nearest first, then Progeny. */
    private static List<InheritedDescriptors.Holder> holders(int pid, Readings r) {
        List<InheritedDescriptors.Holder> out = new ArrayList<>();
        for (ProcessInfo a : r.snapshot().ancestors(pid)) {
            List<Descriptor> fds = r.descriptors().get(a.pid());
            if (a.pid() != r.progeny() && fds != null) {
                out.add(new InheritedDescriptors.Holder(a.pid(), fds));
            }
        }
        List<Descriptor> own = r.descriptors().get(r.progeny());
        if (pid != r.progeny() && own != null) {
            out.add(new InheritedDescriptors.Holder(r.progeny(), own));
        }
        return out;
    }

    public static ZombieFamily family(ProcessInfo parent, Readings r) {
        List<ProcessInfo> zombies = r.snapshot().children(parent.pid()).stream().filter(ProcessInfo::isZombie).toList();
        Optional<Duration> oldest = zombies.stream().map(z -> r.facts().get(z.pid())).filter(z -> z != null)
                .flatMap(z -> z.zombieFor().stream()).max(Duration::compareTo);
        ProcessFacts pf = r.facts().get(parent.pid());
        WaitingFor waiting = pf != null ? pf.waiting()
                : new WaitingFor.Other("unknown", Optional.empty(), Optional.empty());
        return new ZombieFamily(parent, zombies, oldest, waiting,
                pf == null ? Optional.empty() : pf.status().map(s -> s.catches(r.childSignal())));
    }

    /** The target's diagnosis and those of the processes that explain it, read beforehand into {@code r}. */
    public static WhyReport explain(int pid, Readings r) {
        Diagnosis target = diagnose(r.facts().get(pid), r);
        List<WhyReport.Related> related = new ArrayList<>();
        for (int other : explainers(target)) {
            ProcessFacts of = r.facts().get(other);
            if (of != null && other != pid) {
                related.add(new WhyReport.Related(roleOf(target.waitingFor()), diagnose(of, r)));
            }
        }
        ProcessFacts parent = r.facts().get(target.facts().process().ppid());
        if (parent != null && related.stream().noneMatch(x -> x.diagnosis().pid() == parent.pid())) {
            related.add(new WhyReport.Related(WhyReport.Role.PARENT, diagnose(parent, r)));
        }
        Map<Integer, WaitingFor> ends = new HashMap<>();
        for (int other : neighbours(target)) {
            ProcessFacts of = r.facts().get(other);
            if (of != null) {
                ends.put(other, of.waiting());
            }
        }
        return new WhyReport(target, related, ends);
    }

    /** The pids on the other ends of {@code d}'s pipes and sockets, so a reader can learn what they wait for. */
    public static Set<Integer> neighbours(Diagnosis d) {
        Set<Integer> out = new LinkedHashSet<>();
        for (PipeMap.Pipe p : d.pipes()) {
            Stream.of(p.readers(), p.writers(), p.unknown()).flatMap(List::stream).map(PipeEnd::pid)
                    .filter(other -> other != d.pid()).forEach(out::add);
        }
        for (SocketMap.Pair p : d.sockets()) {
            p.peerEnds().stream().map(PipeEnd::pid).filter(other -> other != d.pid()).forEach(out::add);
        }
        return out;
    }

    /** The pids whose state explains the target's wait: its pipe's other ends, its socket's peer's holders, the child it waits for. */
    public static Set<Integer> explainers(Diagnosis d) {
        Set<Integer> out = new LinkedHashSet<>();
        switch (d.waitingFor()) {
            case WaitingFor.PipeWrite w -> out.addAll(w.state().otherPids());
            case WaitingFor.PipeRead rd -> out.addAll(rd.state().otherPids());
            case WaitingFor.Socket s -> out.addAll(s.state().otherPids());
            case WaitingFor.Child c -> c.childPid().ifPresent(out::add);
            default -> {
            }
        }
        return out;
    }

    private static WhyReport.Role roleOf(WaitingFor w) {
        return switch (w) {
            case WaitingFor.PipeWrite x -> WhyReport.Role.READS_ITS_PIPE;
            case WaitingFor.PipeRead x -> WhyReport.Role.WRITES_ITS_PIPE;
            case WaitingFor.Socket x -> WhyReport.Role.HOLDS_ITS_SOCKETS_PEER;
            default -> WhyReport.Role.CHILD_IT_WAITS_FOR;
        };
    }
}
