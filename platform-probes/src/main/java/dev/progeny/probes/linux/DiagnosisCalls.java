package dev.progeny.probes.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The system calls diagnosis needs beyond reading {@code /proc}: {@code ioctl(FIONREAD)} and
 * {@code fcntl(F_GETPIPE_SZ)} on a pipe, {@code kcmp(KCMP_FILE)} to tell whether two
 * processes' descriptors are one open file, and {@code clock_gettime} for a sleep's deadline. Through the Foreign Function API, as {@link ProcFiles}
 * (docs/decisions/0014-diagnosis-reads.md). Thread-safe. Linux only.
 */
final class DiagnosisCalls {
    /** include/uapi/asm-generic/ioctls.h (x86-64 and aarch64 alike). */
    private static final long FIONREAD = 0x541B;
    /** include/uapi/linux/fcntl.h: F_LINUX_SPECIFIC_BASE (1024) + 8. */
    private static final int F_GETPIPE_SZ = 1032;
    /** include/uapi/linux/kcmp.h. */
    private static final int KCMP_FILE = 0;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle IOCTL;
    private static final MethodHandle FCNTL;
    private static final MethodHandle SYSCALL;
    private static final MethodHandle CLOCK_GETTIME;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        IOCTL = linker.downcallHandle(libc.find("ioctl").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), Linker.Option.firstVariadicArg(2));
        FCNTL = linker.downcallHandle(libc.find("fcntl").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
        SYSCALL = linker.downcallHandle(libc.find("syscall").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.firstVariadicArg(1),
                Linker.Option.captureCallState("errno"));
        CLOCK_GETTIME = linker.downcallHandle(libc.find("clock_gettime").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    }

    private DiagnosisCalls() {
    }

    /** Bytes waiting in the pipe open as {@code fd}, or empty when the ioctl fails. */
    static OptionalInt bytesQueued(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = arena.allocate(ValueLayout.JAVA_INT);
            int rc = (int) IOCTL.invokeExact(fd, FIONREAD, n);
            return rc < 0 ? OptionalInt.empty() : OptionalInt.of(n.get(ValueLayout.JAVA_INT, 0));
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl failed", t);
        }
    }

    /** The capacity of the pipe open as {@code fd}, or empty when fcntl fails (not a pipe). */
    static OptionalInt pipeCapacity(int fd) {
        try {
            int rc = (int) FCNTL.invokeExact(fd, F_GETPIPE_SZ);
            return rc < 0 ? OptionalInt.empty() : OptionalInt.of(rc);
        } catch (Throwable t) {
            throw new IllegalStateException("fcntl failed", t);
        }
    }

    /** {@code clock}'s time now in nanoseconds (clock_gettime(2)), or empty for a clock the kernel refuses. */
    static OptionalLong clockNanos(int clock) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ts = arena.allocate(16);
            int rc = (int) CLOCK_GETTIME.invokeExact(clock, ts);
            return rc != 0 ? OptionalLong.empty()
                    : OptionalLong.of(ts.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + ts.get(ValueLayout.JAVA_LONG, 8));
        } catch (Throwable t) {
            throw new IllegalStateException("clock_gettime failed", t);
        }
    }

    /** What kcmp(2) said about two descriptors. */
    sealed interface SameFile {
        record Same() implements SameFile {
        }

        record Different() implements SameFile {
        }

        /** kcmp refused: ENOSYS (no CONFIG_KCMP), EPERM (no ptrace access), EBADF (fd closed meanwhile). */
        record Failed(int errno) implements SameFile {
        }
    }

    /** Whether {@code fd1} of {@code pid1} and {@code fd2} of {@code pid2} are one open file description. */
    static SameFile kcmpFile(int kcmpNumber, int pid1, int fd1, int pid2, int fd2) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            long rc = (long) SYSCALL.invokeExact(state, (long) kcmpNumber, (long) pid1, (long) pid2, (long) KCMP_FILE,
                    (long) fd1, (long) fd2);
            if (rc < 0) {
                return new SameFile.Failed((int) ERRNO.get(state, 0L));
            }
            return rc == 0 ? new SameFile.Same() : new SameFile.Different();
        } catch (Throwable t) {
            throw new IllegalStateException("kcmp failed", t);
        }
    }
}
