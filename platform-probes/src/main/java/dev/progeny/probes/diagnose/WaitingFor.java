package dev.progeny.probes.diagnose;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a process waits for, decoded from its state, current system call, descriptors and wait
 * channel (see {@link WaitDecoder}). Each kind carries what it needs; {@link WaitWords} puts
 * them into words. {@code call} is empty and {@code fd}, {@code pipe} are -1 where only the wait
 * channel could be read. Immutable.
 */
public sealed interface WaitingFor {

    WaitKind kind();

    /** Blocked writing to a pipe: a blocking write waits only while the pipe has no room. */
    record PipeWrite(Optional<Syscall> call, int fd, long pipe, PipeState state) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.PIPE_WRITE;
        }

        public PipeWrite with(PipeState newState) {
            return new PipeWrite(call, fd, pipe, newState);
        }
    }

    /** Blocked reading from a pipe: a blocking read waits only while the pipe is empty. */
    record PipeRead(Optional<Syscall> call, int fd, long pipe, PipeState state) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.PIPE_READ;
        }

        public PipeRead with(PipeState newState) {
            return new PipeRead(call, fd, pipe, newState);
        }
    }

    /**
     * In wait4 or waitid.
     *
     * @param target   which children the call waits for
     * @param children the process's children when read (for "any child")
     */
    record Child(ChildTarget target, List<Integer> children) implements WaitingFor {
        public Child {
            children = List.copyOf(children);
        }

        public WaitKind kind() {
            return WaitKind.CHILD;
        }

        /** The one child waited for: the pid asked for, or the only child of "any child". */
        public OptionalInt childPid() {
            if (target.scope() == ChildTarget.Scope.PID) {
                return OptionalInt.of(target.id());
            }
            return target.scope() == ChildTarget.Scope.ANY && children.size() == 1
                    ? OptionalInt.of(children.getFirst()) : OptionalInt.empty();
        }
    }

    /**
     * In nanosleep or clock_nanosleep.
     *
     * @param length   the requested length, or what is left of a deadline; empty when the
     *                 request could not be read
     * @param deadline whether the call sleeps until an absolute time (TIMER_ABSTIME)
     */
    record Sleep(Optional<Syscall> call, Optional<Duration> length, boolean deadline) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.SLEEP;
        }
    }

    /**
     * In poll, select or epoll.
     *
     * @param descriptors how many descriptors it watches (poll's nfds, epoll's watched list;
     *                    for select the highest descriptor plus one), empty when unknown
     */
    record Poll(Optional<Syscall> call, OptionalInt descriptors) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.POLL;
        }
    }

    record Futex(Optional<Syscall> call) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.FUTEX;
        }
    }

    /**
     * In accept, connect, recv or send on a socket ({@code inode} -1 when the descriptor is
     * unknown); {@code state} says who holds its peer, where a socket map was consulted.
     */
    record Socket(Optional<Syscall> call, int fd, long inode, SocketState state) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.SOCKET;
        }

        public Socket with(SocketState newState) {
            return new Socket(call, fd, inode, newState);
        }
    }

    /** Uninterruptible sleep (state D), usually I/O: the wait channel says where. */
    record Disk(Optional<String> wchan, Optional<Syscall> call) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.DISK;
        }
    }

    record Running() implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.RUNNING;
        }
    }

    /** Stopped by a signal, or by its tracer ({@code traced}); {@code call} is where it stopped. */
    record Stopped(boolean traced, Optional<Syscall> call) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.STOPPED;
        }
    }

    record Zombie() implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.ZOMBIE;
        }
    }

    /** Anything else, in words: reading a terminal, in flock, a wait channel alone, unknown. */
    record Other(String what, Optional<Syscall> call, Optional<String> wchan) implements WaitingFor {
        public WaitKind kind() {
            return WaitKind.OTHER;
        }
    }
}
