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
import dev.progeny.probes.terminate.SignalSender;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux signals through pidfds (pidfd_open(2), pidfd_send_signal(2)). For each target: read its
 * start time and compare it with the key, open a pidfd, read the start time again (now the pidfd
 * pins the process: if it still matches, the pidfd holds exactly the process the key names),
 * then signal through the pidfd. Where pidfds are missing (kernels before 5.3) it falls back to
 * kill(2) right after the same check. Thread-safe.
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
        String refusal = guard.refuseProcess(target.pid()).orElse(null);
        if (refusal == null) {
            refusal = identity.check(target, guard, -1);
        }
        if (refusal != null) {
            return all(target, Scope.PROCESS, signals, refusal.startsWith(ProcIdentity.GONE) ? Outcome.GONE : Outcome.REFUSED,
                    refusal);
        }
        int fd = pidfds ? open(target.pid()) : -1;
        if (fd < 0) {
            return sendWithKill(target, signals);
        }
        try {
            String recheck = identity.check(target, guard, -1);
            if (recheck != null) {
                return all(target, Scope.PROCESS, signals, recheck.startsWith(ProcIdentity.GONE) ? Outcome.GONE
                        : Outcome.REFUSED, recheck);
            }
            List<Delivery> out = new ArrayList<>(signals.size());
            for (Signal s : signals) {
                out.add(pidfdSend(fd, target, Scope.PROCESS, s, 0));
            }
            return out;
        } finally {
            LinuxSpawnLibc.INSTANCE.close(fd);
        }
    }

    @Override
    public List<Delivery> sendToGroup(ProcessKey member, int pgid, List<Signal> signals) {
        String refusal = guard.refuseGroup(pgid).orElse(null);
        if (refusal != null) {
            return all(member, Scope.GROUP, signals, Outcome.REFUSED, refusal);
        }
        if (!pidfds || !groupSignals) {
            return all(member, Scope.GROUP, signals, Outcome.UNSUPPORTED, "no pidfd group signals on this kernel");
        }
        int fd = open(member.pid());
        if (fd < 0) {
            return all(member, Scope.GROUP, signals, Outcome.UNSUPPORTED, "pidfd_open failed");
        }
        try {
            String check = identity.check(member, guard, pgid);
            if (check != null) {
                return all(member, Scope.GROUP, signals, Outcome.REFUSED, check);
            }
            List<Delivery> out = new ArrayList<>(signals.size());
            for (Signal s : signals) {
                Delivery d = pidfdSend(fd, member, Scope.GROUP, s, LinuxConstants.PIDFD_SIGNAL_PROCESS_GROUP);
                if (d.outcome() == Outcome.FAILED && d.detail().endsWith("(errno " + LinuxErrors.EINVAL + ")")) {
                    groupSignals = false;
                    return all(member, Scope.GROUP, signals, Outcome.UNSUPPORTED, "no pidfd group signals on this kernel");
                }
                out.add(d);
            }
            return out;
        } finally {
            LinuxSpawnLibc.INSTANCE.close(fd);
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

    private static Delivery pidfdSend(int fd, ProcessKey target, Scope scope, Signal signal, long flags) {
        long rc = PidfdCalls.INSTANCE.syscall(LinuxConstants.SYS_PIDFD_SEND_SIGNAL, (long) fd,
                (long) LinuxSignals.TABLE.number(signal), Pointer.NULL, flags);
        return outcome(target, scope, signal, rc == 0 ? 0 : Native.getLastError());
    }

    /** No pidfd (old kernel, or the process exited between check and open): kill(2) after a re-check. */
    private List<Delivery> sendWithKill(ProcessKey target, List<Signal> signals) {
        List<Delivery> out = new ArrayList<>(signals.size());
        for (Signal s : signals) {
            String check = identity.check(target, guard, -1);
            if (check != null) {
                out.add(new Delivery(target, Scope.PROCESS, s, Instant.now(),
                        check.startsWith(ProcIdentity.GONE) ? Outcome.GONE : Outcome.REFUSED, check));
                continue;
            }
            int rc = PosixLibc.INSTANCE.kill(target.pid(), LinuxSignals.TABLE.number(s));
            out.add(outcome(target, Scope.PROCESS, s, rc == 0 ? 0 : Native.getLastError()));
        }
        return out;
    }

    private static Delivery outcome(ProcessKey target, Scope scope, Signal signal, int errno) {
        Instant now = Instant.now();
        return switch (errno) {
            case 0 -> new Delivery(target, scope, signal, now, Outcome.SENT, "");
            case LinuxErrors.ESRCH -> new Delivery(target, scope, signal, now, Outcome.GONE, "exited (ESRCH)");
            case LinuxErrors.EPERM -> new Delivery(target, scope, signal, now, Outcome.DENIED, "operation not permitted (EPERM)");
            default -> new Delivery(target, scope, signal, now, Outcome.FAILED, LinuxErrors.describe(errno));
        };
    }

    private static List<Delivery> all(ProcessKey target, Scope scope, List<Signal> signals, Outcome outcome, String detail) {
        Instant now = Instant.now();
        return signals.stream().map(s -> new Delivery(target, scope, s, now, outcome, detail)).toList();
    }
}
