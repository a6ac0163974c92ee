package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.Descriptor;
import dev.progeny.probes.diagnose.LastRan;
import dev.progeny.probes.diagnose.PipeMap;
import dev.progeny.probes.diagnose.Placement;
import dev.progeny.probes.diagnose.ProcessDiagnostics;
import dev.progeny.probes.diagnose.SameOpenFile;
import dev.progeny.probes.diagnose.SyscallAbi;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Linux: diagnosis from {@code /proc} ({@code syscall} and {@code wchan} need ptrace access: a
 * normal user's own processes), {@code kcmp(2)} for inherited descriptors. On an architecture
 * without a system-call table only the state is told. Thread-safe: each call reads with its own
 * {@link ProcFiles}.
 */
public final class LinuxDiagnostics implements ProcessDiagnostics {
    private static final System.Logger LOG = System.getLogger(LinuxDiagnostics.class.getName());
    private static final String PROC = "/proc";

    private final Optional<SyscallAbi> abi = SyscallAbi.current();
    private final int self = (int) ProcessHandle.current().pid();
    private final SameOpenFile kernel = abi.map(LinuxSameOpenFile::new).map(SameOpenFile.class::cast).orElse(SameOpenFile.UNKNOWN);

    @Override
    public Map<ProcessKey, WaitingFor> waitingFor(Collection<ProcessInfo> processes, Snapshot snapshot) {
        if (abi.isEmpty()) {
            return STATE_ONLY.waitingFor(processes, snapshot);
        }
        Map<ProcessKey, WaitingFor> out = new LinkedHashMap<>();
        try (ProcFiles files = new ProcFiles(PROC)) {
            LinuxProcReader reader = new LinuxProcReader(files, abi.get(), OptionalLong.empty());
            for (ProcessInfo p : processes) {
                reader.fresh(p).ifPresent(f -> out.put(p.key(),
                        reader.waiting(f, snapshot.children(p.pid()).stream().map(ProcessInfo::pid).toList())));
            }
        }
        return out;
    }

    @Override
    public Map<ProcessKey, Placement> placements(Collection<ProcessInfo> processes) {
        Map<ProcessKey, Placement> out = new LinkedHashMap<>();
        try (ProcFiles files = new ProcFiles(PROC)) {
            LinuxProcReader reader = new LinuxProcReader(files, abi.orElse(SyscallAbi.X86_64), OptionalLong.empty());
            for (ProcessInfo p : processes) {
                reader.placement(p).ifPresent(pl -> out.put(p.key(), pl));
            }
        }
        return out;
    }

    @Override
    public Optional<WhyReport> explain(ProcessKey key, Snapshot snapshot) {
        if (abi.isEmpty()) {
            return STATE_ONLY.explain(key, snapshot);
        }
        try (ProcFiles files = new ProcFiles(PROC)) {
            LinuxProcReader reader = new LinuxProcReader(files, abi.get(), schedNow());
            return new LinuxExplanation(reader, new LinuxPipeReader(files), snapshot, kernel, self).explain(key);
        }
    }

    @Override
    public PipeMap pipes(Collection<ProcessInfo> processes) {
        try (ProcFiles files = new ProcFiles(PROC)) {
            LinuxProcReader reader = new LinuxProcReader(files, abi.orElse(SyscallAbi.X86_64), OptionalLong.empty());
            Map<Integer, List<Descriptor>> fds = new HashMap<>();
            for (ProcessInfo p : processes) {
                if (!p.isZombie()) {
                    reader.descriptors(p.pid(), false).ifPresent(d -> fds.put(p.pid(), d));
                }
            }
            // Progeny's own ends (its capture pipes) matter where it launched a member.
            if (processes.stream().anyMatch(p -> p.ppid() == self)) {
                reader.ownDescriptors(self).ifPresent(d -> fds.put(self, d));
            }
            LinuxPipeReader pipes = new LinuxPipeReader(files);
            return pipes.measure(pipes.map(fds), -1);
        }
    }

    /** The scheduler's clock as this thread last ran: "now" for zombies' ages ({@link LastRan}). */
    private static OptionalLong schedNow() {
        try {
            return LastRan.parse(Files.readString(Path.of(PROC, "thread-self", "sched")));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "no /proc/thread-self/sched (CONFIG_SCHED_DEBUG off?): zombies' ages unknown", e);
            return OptionalLong.empty();
        }
    }
}
