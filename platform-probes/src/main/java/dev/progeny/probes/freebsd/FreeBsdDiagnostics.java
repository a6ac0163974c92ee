package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Diagnoser;
import dev.progeny.probes.diagnose.PipeMap;
import dev.progeny.probes.diagnose.Placement;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.SameOpenFile;
import dev.progeny.probes.diagnose.SocketMap;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * FreeBSD: what a process waits for from {@code ki_wmesg} and its sleep flags, its jail from
 * {@code ki_jid}, all from one {@code kern.proc.proc} read. Not read (yet): descriptors and pipes
 * ({@code KERN_PROC_FILEDESC} gives {@code kinfo_file} records with pipe addresses and buffer
 * counts), limits ({@code KERN_PROC_RLIMIT}), zombie ages (kinfo_proc has no exit time).
 * Thread-safe. Verified only on bytes (no FreeBSD kernel in CI).
 */
final class FreeBsdDiagnostics implements ProcessDiagnostics {
    private static final System.Logger LOG = System.getLogger(FreeBsdDiagnostics.class.getName());
    private final FreeBsdSysctl sysctl;
    private final int self;

    FreeBsdDiagnostics(FreeBsdLibc libc, int self) {
        this.sysctl = new FreeBsdSysctl(libc);
        this.self = self;
    }

    /** The table's wait fields, by pid, for processes that are still the ones in {@code snapshot}. */
    private Map<Integer, KinfoWaitFreeBsd> read(Snapshot snapshot) {
        Map<Integer, KinfoWaitFreeBsd> out = new HashMap<>();
        try {
            ByteBuffer buf = sysctl.allProcesses();
            while (buf.hasRemaining()) {
                ByteBuffer at = buf.duplicate().order(buf.order());
                KinfoProcFreeBsd k = KinfoProcFreeBsd.decode(buf);
                if (snapshot.contains(new ProcessKey(k.pid(), k.startMicros()))) {
                    out.put(k.pid(), KinfoWaitFreeBsd.decode(at));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read kern.proc.proc for diagnosis", e);
        }
        return out;
    }

    @Override
    public Map<ProcessKey, WaitingFor> waitingFor(Collection<ProcessInfo> processes, Snapshot snapshot) {
        Map<Integer, KinfoWaitFreeBsd> waits = read(snapshot);
        Map<ProcessKey, WaitingFor> out = new LinkedHashMap<>();
        for (ProcessInfo p : processes) {
            KinfoWaitFreeBsd k = waits.get(p.pid());
            if (k != null) {
                out.put(p.key(), FreeBsdWaits.decode(p.state(), k, children(snapshot, p)));
            }
        }
        return out;
    }

    @Override
    public Map<ProcessKey, Placement> placements(Collection<ProcessInfo> processes) {
        Map<ProcessKey, Placement> out = new LinkedHashMap<>();
        Map<Integer, KinfoWaitFreeBsd> waits = read(new Snapshot(Instant.now(), processes));
        for (ProcessInfo p : processes) {
            KinfoWaitFreeBsd k = waits.get(p.pid());
            if (k != null) {
                out.put(p.key(), new Placement(List.of(p.pid()), jail(k)));
            }
        }
        return out;
    }

    @Override
    public Optional<WhyReport> explain(ProcessKey key, Snapshot snapshot) {
        if (!snapshot.contains(key)) {
            return Optional.empty();
        }
        Map<Integer, KinfoWaitFreeBsd> waits = read(snapshot);
        Map<Integer, ProcessFacts> facts = new HashMap<>();
        waits.forEach((pid, k) -> snapshot.process(pid).ifPresent(p -> facts.put(pid, new ProcessFacts(p,
                FreeBsdWaits.decode(p.state(), k, children(snapshot, p)), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), jail(k), Optional.empty(), Optional.empty()))));
        if (!facts.containsKey(key.pid())) {
            return Optional.empty();
        }
        return Optional.of(Diagnoser.explain(key.pid(), new Diagnoser.Readings(snapshot, facts, Map.of(), PipeMap.EMPTY,
                SocketMap.EMPTY, SameOpenFile.UNKNOWN, self, FreeBsdSignals.TABLE.number(Signal.CHLD))));
    }

    @Override
    public PipeMap pipes(Collection<ProcessInfo> processes) {
        return PipeMap.EMPTY;
    }

    private static List<Integer> children(Snapshot snapshot, ProcessInfo p) {
        return snapshot.children(p.pid()).stream().map(ProcessInfo::pid).toList();
    }

    private static Optional<ContainerRef> jail(KinfoWaitFreeBsd k) {
        return k.jail() == 0 ? Optional.empty() : Optional.of(new ContainerRef(ContainerRef.Runtime.JAIL, Integer.toString(k.jail()), Optional.empty()));
    }
}
