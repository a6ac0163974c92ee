package dev.progeny.probes.diagnose;

import java.util.Optional;
import java.util.OptionalInt;

/** The waits of a process blocked in a known system call, by the call's arguments. Pure. */
final class SyscallWaits {
    private SyscallWaits() {
    }

    static WaitingFor decode(SyscallLine.InCall c, Syscall call, WaitInputs in) {
        Optional<Syscall> named = Optional.of(call);
        Optional<String> wchan = in.wchan().flatMap(WchanHint::name);
        return switch (call.waits()) {
            case READ -> onDescriptor(named, c.intArg(0), true, in);
            case WRITE -> onDescriptor(named, c.intArg(0), false, in);
            // splice(fd_in, off_in, fd_out, ...): which side blocks, the wait channel tells.
            case SPLICE -> wchan.flatMap(WchanHint::kindOf).orElse(WaitKind.OTHER) == WaitKind.PIPE_WRITE
                    ? onDescriptor(named, c.intArg(2), false, in) : onDescriptor(named, c.intArg(0), true, in);
            case POLL -> new WaitingFor.Poll(named, OptionalInt.of(c.intArg(1)));
            case SELECT -> new WaitingFor.Poll(named, OptionalInt.of(c.intArg(0)));
            case EPOLL -> new WaitingFor.Poll(named, epollWatched(c.intArg(0), in));
            case WAIT4 -> new WaitingFor.Child(ChildTarget.ofWait4(c.intArg(0)), in.children());
            case WAITID -> new WaitingFor.Child(ChildTarget.ofWaitid(c.intArg(0), c.intArg(1)), in.children());
            case SLEEP -> new WaitingFor.Sleep(named, in.sleep(), SleepRequest.of(c, call).orElseThrow().absolute());
            case FUTEX -> new WaitingFor.Futex(named);
            case SOCKET -> {
                int fd = c.intArg(0);
                Descriptor d = in.fds().get(fd);
                yield new WaitingFor.Socket(named, fd, d != null && d.target() instanceof DescriptorTarget.Socket s ? s.inode() : -1,
                        SocketState.UNKNOWN);
            }
            case SIGNAL -> other("waiting for a signal", call, wchan);
            case LOCK -> other("waiting for a lock" + on(c.intArg(0), in), call, wchan);
            case DISK -> other("flushing to disk" + on(c.intArg(0), in), call, wchan);
            case OPEN -> other("opening a file (a FIFO waits for its other end)", call, wchan);
            case IPC -> other("waiting on System V IPC", call, wchan);
            case AIO -> other("waiting for asynchronous I/O", call, wchan);
        };
    }

    /** A read or write: on a pipe or a socket it has a kind of its own, else it is named in words. */
    private static WaitingFor onDescriptor(Optional<Syscall> call, int fd, boolean reading, WaitInputs in) {
        Descriptor d = in.fds().get(fd);
        if (d == null) {
            // Descriptors unreadable: the wait channel may still say it is a pipe.
            WaitKind hinted = in.wchan().flatMap(WchanHint::kindOf).orElse(WaitKind.OTHER);
            if (hinted == WaitKind.PIPE_READ || hinted == WaitKind.PIPE_WRITE) {
                return hinted == WaitKind.PIPE_READ ? new WaitingFor.PipeRead(call, fd, -1, PipeState.UNKNOWN)
                        : new WaitingFor.PipeWrite(call, fd, -1, PipeState.UNKNOWN);
            }
            return other((reading ? "reading from" : "writing to") + " descriptor " + fd, call.orElseThrow(),
                    in.wchan().flatMap(WchanHint::name));
        }
        return switch (d.target()) {
            case DescriptorTarget.Pipe p -> reading ? new WaitingFor.PipeRead(call, fd, p.inode(), PipeState.UNKNOWN)
                    : new WaitingFor.PipeWrite(call, fd, p.inode(), PipeState.UNKNOWN);
            case DescriptorTarget.Socket s -> new WaitingFor.Socket(call, fd, s.inode(), SocketState.UNKNOWN);
            case DescriptorTarget.Path p when p.isTerminal() ->
                    other((reading ? "reading from terminal " : "writing to terminal ") + p.path(), call.orElseThrow(), in.wchan().flatMap(WchanHint::name));
            default -> other((reading ? "reading from " : "writing to ") + d.target().text(), call.orElseThrow(),
                    in.wchan().flatMap(WchanHint::name));
        };
    }

    private static OptionalInt epollWatched(int epfd, WaitInputs in) {
        Descriptor d = in.fds().get(epfd);
        return d == null || d.info().isEmpty() ? OptionalInt.empty() : OptionalInt.of(d.info().get().watched().size());
    }

    private static String on(int fd, WaitInputs in) {
        Descriptor d = in.fds().get(fd);
        return d == null ? " on descriptor " + fd : " on " + d.target().text();
    }

    private static WaitingFor other(String what, Syscall call, Optional<String> wchan) {
        return new WaitingFor.Other(what, Optional.of(call), wchan);
    }
}
