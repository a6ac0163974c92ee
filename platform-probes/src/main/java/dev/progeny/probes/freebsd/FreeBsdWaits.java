package dev.progeny.probes.freebsd;

import dev.progeny.probes.ProcessState;
import dev.progeny.probes.diagnose.ChildTarget;
import dev.progeny.probes.diagnose.PipeState;
import dev.progeny.probes.diagnose.SocketState;
import dev.progeny.probes.diagnose.WaitDecoder;
import dev.progeny.probes.diagnose.WaitingFor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a FreeBSD process waits for, from its state and {@code ki_wmesg}. FreeBSD tells no system
 * call and no descriptor for a sleep, so a pipe wait names no pipe and a wait names no child;
 * the message decides the kind. Pure; thread-safe.
 */
public final class FreeBsdWaits {
    /**
     * Wait messages and their sources in freebsd-src: sys/kern/sys_pipe.c (piperd, pipewr and
     * the direct-write waits pipdww, pipdwc, pipdwt, pipbww), kern_exit.c (wait), kern_time.c
     * (nanslp), sys_generic.c (select, for select and poll), kern_event.c (kqread),
     * kern_umtx.c (uwait, ucond, umtxn, urdlck, uwrlck, usem), uipc_socket.c and
     * uipc_sockbuf.c (accept, sbwait, connec), tty.c (ttyin, ttyout), kern_sig.c (pause,
     * sigwait), kern_lockf.c (lockf), kern_fork.c (ppwait).
     */
    private static final Map<String, String> OTHER = Map.of(
            "ttyin", "reading from a terminal", "ttyout", "writing to a terminal",
            "pause", "waiting for a signal", "sigwait", "waiting for a signal",
            "lockf", "waiting for a lock", "ppwait", "waiting for its vfork child to exec");

    private FreeBsdWaits() {
    }

    public static WaitingFor decode(ProcessState state, KinfoWaitFreeBsd k, List<Integer> children) {
        if (state != ProcessState.SLEEPING) {
            return state == ProcessState.STOPPED && k.traced() ? new WaitingFor.Stopped(true, Optional.empty())
                    : WaitDecoder.fromStateOnly(state);
        }
        Optional<String> wmesg = k.wmesg().isEmpty() ? Optional.empty() : Optional.of(k.wmesg());
        if (!k.lockName().isEmpty()) {
            return new WaitingFor.Other("blocked on kernel lock " + k.lockName(), Optional.empty(), wmesg);
        }
        if (!k.interruptible()) {
            return new WaitingFor.Disk(wmesg, Optional.empty());
        }
        return switch (k.wmesg()) {
            case "piperd" -> new WaitingFor.PipeRead(Optional.empty(), -1, -1, PipeState.UNKNOWN);
            case "pipewr", "pipdww", "pipdwc", "pipdwt", "pipbww" -> new WaitingFor.PipeWrite(Optional.empty(), -1, -1, PipeState.UNKNOWN);
            case "wait" -> new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.UNKNOWN, 0), children);
            case "nanslp" -> new WaitingFor.Sleep(Optional.empty(), Optional.empty(), false);
            case "select", "kqread" -> new WaitingFor.Poll(Optional.empty(), OptionalInt.empty());
            case "uwait", "ucond", "umtxn", "urdlck", "uwrlck", "usem" -> new WaitingFor.Futex(Optional.empty());
            case "accept", "sbwait", "connec" -> new WaitingFor.Socket(Optional.empty(), -1, -1, SocketState.UNKNOWN);
            default -> new WaitingFor.Other(OTHER.getOrDefault(k.wmesg(), "waiting"), Optional.empty(), wmesg);
        };
    }
}
