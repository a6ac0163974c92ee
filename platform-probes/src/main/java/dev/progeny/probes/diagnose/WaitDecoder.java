package dev.progeny.probes.diagnose;

import dev.progeny.probes.ProcessState;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes what a process waits for: its state first (zombie, stopped, uninterruptible,
 * running), then its system call by number and the target of the descriptor it names, and the
 * wait channel only where the call cannot be read. Pure; thread-safe.
 */
public final class WaitDecoder {
    private WaitDecoder() {
    }

    public static WaitingFor decode(WaitInputs in, SyscallAbi abi) {
        Optional<String> wchan = in.wchan().flatMap(WchanHint::name);
        Optional<Syscall> call = in.syscall().flatMap(l -> l instanceof SyscallLine.InCall c ? abi.call(c.nr()) : Optional.empty());
        Optional<WaitingFor> byState = byState(in.state(), call, wchan);
        if (byState.isPresent()) {
            return byState.get();
        }
        return switch (in.syscall().orElse(null)) {
            case SyscallLine.Running r -> new WaitingFor.Running();
            case SyscallLine.NotInCall n -> new WaitingFor.Other("blocked outside a system call", Optional.empty(), wchan);
            case SyscallLine.InCall c -> call.map(s -> SyscallWaits.decode(c, s, in)).orElseGet(() ->
                    new WaitingFor.Other("in system call " + c.nr(), Optional.empty(), wchan));
            case null -> fromWchan(wchan, in);
        };
    }

    /** Where only the state is known: this platform offers no wait channel or system call. */
    public static WaitingFor fromStateOnly(ProcessState state) {
        return byState(state, Optional.empty(), Optional.empty())
                .orElse(new WaitingFor.Other("not told by this platform", Optional.empty(), Optional.empty()));
    }

    /** The states that say it all, whatever the call: zombie, stopped, uninterruptible, running. */
    private static Optional<WaitingFor> byState(ProcessState state, Optional<Syscall> call, Optional<String> wchan) {
        return Optional.ofNullable(switch (state) {
            case ZOMBIE, DEAD -> new WaitingFor.Zombie();
            case STOPPED, TRACED -> new WaitingFor.Stopped(state == ProcessState.TRACED, call);
            case DISK_SLEEP -> new WaitingFor.Disk(wchan, call);
            case RUNNING -> new WaitingFor.Running();
            default -> null;
        });
    }

    /**
     * The descriptors the call in {@code line} names, so a reader can read just those (the
     * window's column) rather than every descriptor: the first argument of a read, write,
     * socket call, epoll wait, flock or fsync; both ends of a splice.
     */
    public static int[] descriptorsNamed(SyscallLine line, SyscallAbi abi) {
        if (!(line instanceof SyscallLine.InCall c)) {
            return new int[0];
        }
        return abi.call(c.nr()).map(call -> switch (call.waits()) {
            case READ, WRITE, SOCKET, EPOLL, LOCK, DISK -> new int[] {c.intArg(0)};
            case SPLICE -> new int[] {c.intArg(0), c.intArg(2)};
            default -> new int[0];
        }).orElse(new int[0]);
    }

    /** Only the wait channel: its kind, without descriptor, pipe or argument. */
    private static WaitingFor fromWchan(Optional<String> wchan, WaitInputs in) {
        WaitKind kind = wchan.flatMap(WchanHint::kindOf).orElse(WaitKind.OTHER);
        Optional<Syscall> none = Optional.empty();
        return switch (kind) {
            case PIPE_READ -> new WaitingFor.PipeRead(none, -1, -1, PipeState.UNKNOWN);
            case PIPE_WRITE -> new WaitingFor.PipeWrite(none, -1, -1, PipeState.UNKNOWN);
            case CHILD -> new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.UNKNOWN, 0), in.children());
            case SLEEP -> new WaitingFor.Sleep(none, Optional.empty(), false);
            case POLL -> new WaitingFor.Poll(none, OptionalInt.empty());
            case FUTEX -> new WaitingFor.Futex(none);
            case SOCKET -> new WaitingFor.Socket(none, -1, -1, SocketState.UNKNOWN);
            case STOPPED -> new WaitingFor.Stopped(false, none);
            default -> new WaitingFor.Other(wchan.isPresent() ? "waiting" : "unknown (no access to its system call)",
                    none, wchan);
        };
    }
}
