package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.diagnose.ContainerRef;
import dev.progeny.probes.diagnose.Descriptor;
import dev.progeny.probes.diagnose.DescriptorTarget;
import dev.progeny.probes.diagnose.FdInfo;
import dev.progeny.probes.diagnose.LastRan;
import dev.progeny.probes.diagnose.Placement;
import dev.progeny.probes.diagnose.ProcStatus;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.ProcessLimits;
import dev.progeny.probes.diagnose.SleepRequest;
import dev.progeny.probes.diagnose.SyscallAbi;
import dev.progeny.probes.diagnose.SyscallLine;
import dev.progeny.probes.diagnose.WaitDecoder;
import dev.progeny.probes.diagnose.WaitInputs;
import dev.progeny.probes.diagnose.WaitingFor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Reads what diagnosis needs about one process from {@code /proc} and hands it to the pure
 * decoders. Every read may fail (the process exits, another user's files): a failed part is
 * empty. Not thread-safe: one instance per {@link ProcFiles}, per reading. Linux only.
 */
final class LinuxProcReader {
    private final ProcFiles files;
    private final SyscallAbi abi;
    /** The scheduler clock now, for zombies' ages, read once per reading. */
    private final OptionalLong schedNow;

    LinuxProcReader(ProcFiles files, SyscallAbi abi, OptionalLong schedNow) {
        this.files = files;
        this.abi = abi;
        this.schedNow = schedNow;
    }

    /** {@code p} with its state read now, or empty when it has gone or its pid was reused. */
    Optional<ProcessInfo> fresh(ProcessInfo p) {
        if (files.read(p.pid(), "stat") != ProcFiles.Outcome.READ) {
            return Optional.empty();
        }
        try {
            ProcStat s = ProcStat.parse(files.bytes(), files.length());
            return s.startTime() != p.startTime() ? Optional.empty()
                    : Optional.of(p.toBuilder().state(LinuxStates.of(s.state())).ppid(s.ppid()).build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What {@code p} waits for, reading only the descriptors its call names. */
    WaitingFor waiting(ProcessInfo p, List<Integer> children) {
        Optional<SyscallLine> line = syscall(p.pid());
        Map<Integer, Descriptor> fds = new LinkedHashMap<>();
        line.ifPresent(l -> {
            for (int fd : WaitDecoder.descriptorsNamed(l, abi)) {
                descriptor(p.pid(), fd).ifPresent(d -> fds.put(fd, d));
            }
        });
        return waiting(p, line, fds, children);
    }

    private WaitingFor waiting(ProcessInfo p, Optional<SyscallLine> line, Map<Integer, Descriptor> fds, List<Integer> children) {
        return WaitDecoder.decode(new WaitInputs(p.state(), line, text(p.pid(), "wchan"), fds,
                line.flatMap(l -> sleepLength(p.pid(), l)), children), abi);
    }

    /**
     * Everything about {@code p}; {@code p} should be {@link #fresh}. Without {@code descriptors}
     * its open files are not listed (Progeny itself, which holds one per process it shows).
     */
    ProcessFacts facts(ProcessInfo p, List<Integer> children, boolean descriptors) {
        int pid = p.pid();
        Optional<List<Descriptor>> fds = descriptors ? descriptors(pid) : Optional.empty();
        Map<Integer, Descriptor> byFd = new LinkedHashMap<>();
        fds.ifPresent(list -> list.forEach(d -> byFd.put(d.fd(), d)));
        Optional<SyscallLine> line = syscall(pid);
        WaitingFor waiting = waiting(p, line, byFd, children);
        Optional<ProcStatus> status = parsed(text(pid, "status"), ProcStatus::parse);
        OptionalLong ns = namespace(files.readLink(pid, "ns/pid"));
        Optional<ContainerRef> container = text(pid, "cgroup").flatMap(ContainerRef::fromCgroup);
        Optional<ProcessLimits> limits = parsed(text(pid, "limits"), ProcessLimits::parse);
        Optional<Duration> zombieFor = p.isZombie() ? zombieAge(pid) : Optional.empty();
        return new ProcessFacts(p, waiting, fds, status, ns, container, limits, zombieFor);
    }

    /** Its namespace pids and container, or empty when it has gone. */
    Optional<Placement> placement(ProcessInfo p) {
        Optional<ProcStatus> status = parsed(text(p.pid(), "status"), ProcStatus::parse);
        if (status.isEmpty() || fresh(p).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Placement(status.get().nspid(), text(p.pid(), "cgroup").flatMap(ContainerRef::fromCgroup)));
    }

    /** A zombie's facts: only how long it has been one (a zombie has no descriptors or memory left). */
    ProcessFacts zombie(ProcessInfo z) {
        return new ProcessFacts(z, new WaitingFor.Zombie(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), zombieAge(z.pid()));
    }

    /** A zombie last ran when it exited ({@link LastRan}). */
    private Optional<Duration> zombieAge(int pid) {
        OptionalLong died = text(pid, "sched").map(LastRan::parse).orElse(OptionalLong.empty());
        return died.isPresent() && schedNow.isPresent()
                ? Optional.of(LastRan.before(died.getAsLong(), schedNow.getAsLong())) : Optional.empty();
    }

    /** The inode in a namespace link, {@code pid:[4026531836]} (namespaces(7)). */
    private static OptionalLong namespace(String link) {
        if (link == null || !link.startsWith("pid:[") || !link.endsWith("]")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(link, 5, link.length() - 1, 10));
    }

    /** Every open descriptor, lowest first, each with its fdinfo; empty when {@code fd/} is unreadable. */
    Optional<List<Descriptor>> descriptors(int pid) {
        return descriptors(pid, true);
    }

    /**
     * Every open descriptor, lowest first; the fdinfo of pipes and sockets only unless {@code allInfo}
     * (a pipe map needs directions, not the flags of every file: Progeny itself holds thousands).
     */
    Optional<List<Descriptor>> descriptors(int pid, boolean allInfo) {
        return descriptors(pid, allInfo, fd -> true);
    }

    /**
     * Progeny's own descriptors for a pipe map ({@code self} is this process): its capture pipes,
     * without the stat files its process tables keep open, which would cost a readlink each.
     */
    Optional<List<Descriptor>> ownDescriptors(int self) {
        return descriptors(self, false, fd -> !KeptStatFiles.held(fd));
    }

    private Optional<List<Descriptor>> descriptors(int pid, boolean allInfo, IntPredicate wanted) {
        int[] numbers = files.listNumbers(pid, "fd");
        if (numbers == null) {
            return Optional.empty();
        }
        Arrays.sort(numbers);
        List<Descriptor> out = new ArrayList<>(numbers.length);
        for (int fd : numbers) {
            if (wanted.test(fd)) {
                descriptor(pid, fd, allInfo).ifPresent(out::add);
            }
        }
        return Optional.of(out);
    }

    Optional<Descriptor> descriptor(int pid, int fd) {
        return descriptor(pid, fd, true);
    }

    private Optional<Descriptor> descriptor(int pid, int fd, boolean withInfo) {
        String link = files.readLink(pid, "fd/" + fd);
        if (link == null) {
            return Optional.empty();
        }
        DescriptorTarget target = DescriptorTarget.parse(link);
        boolean info = withInfo || !(target instanceof DescriptorTarget.Path);
        return Optional.of(new Descriptor(fd, target, info ? parsed(text(pid, "fdinfo/" + fd), FdInfo::parse) : Optional.empty()));
    }

    private Optional<SyscallLine> syscall(int pid) {
        return parsed(text(pid, "syscall"), SyscallLine::parse);
    }

    /** A sleep's length: its timespec read from the process's memory (ptrace-attach access, as syscall). */
    private Optional<Duration> sleepLength(int pid, SyscallLine line) {
        if (!(line instanceof SyscallLine.InCall c)) {
            return Optional.empty();
        }
        return abi.call(c.nr()).flatMap(call -> SleepRequest.of(c, call)).flatMap(r -> {
            byte[] ts = files.readAt(pid, "mem", r.address(), SleepRequest.TIMESPEC_BYTES);
            OptionalLong now = r.absolute() ? DiagnosisCalls.clockNanos(r.clock()) : OptionalLong.of(0);
            return ts == null || now.isEmpty() ? Optional.empty() : r.length(ts, now.getAsLong());
        });
    }

    Optional<String> text(int pid, String file) {
        return files.read(pid, file) == ProcFiles.Outcome.READ
                ? Optional.of(new String(files.bytes(), 0, files.length(), StandardCharsets.UTF_8))
                : Optional.empty();
    }

    private static <T> Optional<T> parsed(Optional<String> text, Function<String, T> parser) {
        try {
            return text.map(parser);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
