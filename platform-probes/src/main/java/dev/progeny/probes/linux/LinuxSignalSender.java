package dev.progeny.probes.linux;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.Delivery.Outcome;
import dev.progeny.probes.terminate.Delivery.Scope;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalGuard.Verdict;
import dev.progeny.probes.terminate.SignalSender;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux signals through pidfds (pidfd_open(2), pidfd_send_signal(2)). For each target: read its
 * {@code /proc/PID/stat} and let the {@link SignalGuard} check it, open a pidfd, read and check
 * again (now the pidfd pins the process: if it still matches, the pidfd holds exactly the process
 * the key names), then signal through the pidfd. Where pidfds are missing (kernels before 5.3)
 * it falls back to kill(2) right after the same check. Thread-safe.
 */
public final class LinuxSignalSender implements SignalSender {
    private final SignalGuard guard;
    private final ProcIdentity identity = new ProcIdentity();
    private volatile boolean pidfds = true;
    private volatile boolean groupSignals = true;

    public LinuxSignalSender(SignalGuard guard) {
        this.guard = guard;
    }

    @Override
    public SignalGuard guard() {
        return guard;
    }

    @Override
    public List<Delivery> send(ProcessKey target, List<Signal> signals) {
        Verdict verdict = guard.checkProcess(target, identity.read(target.pid()));
        if (!(verdict instanceof Verdict.Send)) {
            return all(target, Scope.PROCESS, signals, verdict);
        }
        int fd = pidfds ? open(target.pid()) : -1;
        if (fd < 0) {
            return sendWithKill(target, signals);
        }
        try {
            Verdict pinned = guard.checkProcess(target, identity.read(target.pid()));
            if (!(pinned instanceof Verdict.Send)) {
                return all(target, Scope.PROCESS, signals, pinned);
            }
            List<Delivery> out = new ArrayList<>(signals.size());
            for (Signal s : signals) {
                out.add(delivery(target, Scope.PROCESS, s, pidfdSend(fd, s, 0)));
            }
            return out;
        } finally {
            PosixLibc.INSTANCE.close(fd);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Through the group's leader, with {@code PIDFD_SIGNAL_PROCESS_GROUP} (Linux 6.9): the
     * kernel takes the pidfd's process as the group's id, so that reaches exactly the group it
     * leads, however its number is reused later. Without a leader (it has exited) or without that
     * flag, a launch's group gets kill(2) on the number while a pidfd pins the checked member
     * (the number cannot come round again while a member is in the group, short of the member
     * dying and the pids wrapping round between the check and the kill).
     */
    @Override
    public List<Delivery> sendToGroup(ProcessKey member, int pgid, GroupOwner owner, List<Signal> signals) {
        String refusal = guard.refuseGroup(pgid).orElse(null);
        if (refusal != null) {
            return all(member, Scope.GROUP, signals, new Verdict.Refused(refusal));
        }
        int fd = pidfds ? open(member.pid()) : -1;
        try {
            boolean throughLeader = fd >= 0 && groupSignals && member.pid() == pgid;
            if (!throughLeader && owner == GroupOwner.FAMILY) {
                Instant now = Instant.now();
                return signals.stream().map(s -> new Delivery(member, Scope.GROUP, s, now, Outcome.UNSUPPORTED,
                        fd < 0 ? "no pidfd for pid " + member.pid() : "no pidfd group signal through pid " + member.pid()))
                        .toList();
            }
            List<Delivery> out = new ArrayList<>(signals.size());
            for (Signal s : signals) {
                Verdict verdict = guard.checkGroupMember(member, pgid, owner, identity.read(member.pid()));
                if (!(verdict instanceof Verdict.Send)) {
                    out.add(delivery(member, Scope.GROUP, s, verdict));
                    continue;
                }
                int errno = throughLeader ? pidfdSend(fd, s, LinuxConstants.PIDFD_SIGNAL_PROCESS_GROUP) : kill(-pgid, s);
                if (throughLeader && errno == LinuxErrors.EINVAL) {
                    // Kernels before 6.9 know no PIDFD_SIGNAL_PROCESS_GROUP.
                    groupSignals = false;
                    return sendToGroup(member, pgid, owner, signals);
                }
                out.add(delivery(member, Scope.GROUP, s, errno));
            }
            return out;
        } finally {
            if (fd >= 0) {
                PosixLibc.INSTANCE.close(fd);
            }
        }
    }

    @Override
    public ContainerKill killContainer(Container container) {
        return switch (container) {
            case Container.Cgroup(Path dir) -> CgroupV2.kill(dir)
                    ? new ContainerKill(Outcome.SENT, dir.resolve("cgroup.kill").toString())
                    : new ContainerKill(Outcome.FAILED, "cannot write " + dir.resolve("cgroup.kill")
                            + " (needs Linux 5.14 and a non-threaded cgroup)");
            case Container.ReaperSubtree r -> new ContainerKill(Outcome.UNSUPPORTED, "Linux has no procctl reaper");
        };
    }

    @Override
    public boolean cgroupPopulated(Path cgroup) {
        return CgroupV2.populated(cgroup);
    }

    private int open(int pid) {
        int fd = (int) PidfdCalls.INSTANCE.syscall(LinuxConstants.SYS_PIDFD_OPEN, (long) pid, 0L);
        if (fd < 0 && Native.getLastError() == LinuxErrors.ENOSYS) {
            pidfds = false;
        }
        return fd;
    }

    /** 0 when the kernel took the signal, else the errno. */
    private static int pidfdSend(int fd, Signal signal, long flags) {
        long rc = PidfdCalls.INSTANCE.syscall(LinuxConstants.SYS_PIDFD_SEND_SIGNAL, (long) fd,
                (long) LinuxSignals.TABLE.number(signal), Pointer.NULL, flags);
        return rc == 0 ? 0 : Native.getLastError();
    }

    private static int kill(int target, Signal signal) {
        return PosixLibc.INSTANCE.kill(target, LinuxSignals.TABLE.number(signal)) == 0 ? 0 : Native.getLastError();
    }

    /** No pidfd (old kernel, or the process exited between check and open): kill(2) after a re-check. */
    private List<Delivery> sendWithKill(ProcessKey target, List<Signal> signals) {
        List<Delivery> out = new ArrayList<>(signals.size());
        for (Signal s : signals) {
            Verdict verdict = guard.checkProcess(target, identity.read(target.pid()));
            out.add(verdict instanceof Verdict.Send ? delivery(target, Scope.PROCESS, s, kill(target.pid(), s))
                    : delivery(target, Scope.PROCESS, s, verdict));
        }
        return out;
    }

    private static Delivery delivery(ProcessKey target, Scope scope, Signal signal, int errno) {
        Instant now = Instant.now();
        return switch (errno) {
            case 0 -> new Delivery(target, scope, signal, now, Outcome.SENT, "");
            case LinuxErrors.ESRCH -> new Delivery(target, scope, signal, now, Outcome.GONE, "exited (ESRCH)");
            case LinuxErrors.EPERM -> new Delivery(target, scope, signal, now, Outcome.DENIED, "operation not permitted (EPERM)");
            default -> new Delivery(target, scope, signal, now, Outcome.FAILED, LinuxErrors.describe(errno));
        };
    }

    private static Delivery delivery(ProcessKey target, Scope scope, Signal signal, Verdict verdict) {
        return new Delivery(target, scope, signal, Instant.now(), verdict.outcome(), verdict.detail());
    }

    /** Every signal, none sent, for {@code verdict}. */
    private static List<Delivery> all(ProcessKey target, Scope scope, List<Signal> signals, Verdict verdict) {
        Instant now = Instant.now();
        return signals.stream().map(s -> new Delivery(target, scope, s, now, verdict.outcome(), verdict.detail())).toList();
    }
}
