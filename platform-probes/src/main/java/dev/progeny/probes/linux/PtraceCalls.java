package dev.progeny.probes.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The ptrace, wait and kill calls of the tracer thread, through the Foreign Function API: every
 * stop of every tracee costs a wait and a restart, so per-call cost counts (docs/decisions/0012).
 * Linux only. Not thread-safe, and deliberately so: its memory is confined to the thread that made
 * it, so a ptrace call or wait from any other thread fails ({@link WrongThreadException}) instead
 * of silently consuming another thread's tracee stops. Calls return 0 or an errno.
 */
final class PtraceCalls implements AutoCloseable {
    /** Requests, linux/ptrace.h. */
    static final int PTRACE_CONT = 7;
    static final int PTRACE_DETACH = 17;
    static final int PTRACE_GETEVENTMSG = 0x4201;
    static final int PTRACE_SEIZE = 0x4206;
    static final int PTRACE_INTERRUPT = 0x4207;
    static final int PTRACE_LISTEN = 0x4208;
    /** PTRACE_O_TRACEFORK|TRACEVFORK|TRACECLONE|TRACEEXEC|TRACEEXIT, linux/ptrace.h; never PTRACE_O_EXITKILL (1 << 20). */
    static final int SEIZE_OPTIONS = 0x02 | 0x04 | 0x08 | 0x10 | 0x40;
    /** linux/wait.h: wait for every child, clone or not; only this thread's children and tracees. */
    static final int WALL = 0x40000000;
    static final int WNOTHREAD = 0x20000000;
    /** bits/waitflags.h (waitid): WSTOPPED 2, WEXITED 4, WNOWAIT 0x01000000; idtype P_PID 1. */
    static final int WSTOPPED = 2;
    static final int WEXITED = 4;
    static final int WNOWAIT = 0x01000000;
    static final int P_PID = 1;
    /** siginfo_t is 128 bytes; si_code at 8 (asm-generic/siginfo.h); CLD_TRAPPED 4, CLD_STOPPED 5. */
    static final int SIGINFO_SIZE = 128;
    static final int SI_CODE = 8;
    static final int CLD_TRAPPED = 4;
    static final int CLD_STOPPED = 5;

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle PTRACE;
    private static final MethodHandle WAITPID;
    private static final MethodHandle WAITID;
    private static final MethodHandle KILL;

    static {
        Linker linker = Linker.nativeLinker();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        var libc = linker.defaultLookup();
        // long ptrace(enum __ptrace_request, ...): pid, addr and data are variadic in glibc's prototype.
        PTRACE = linker.downcallHandle(libc.find("ptrace").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                errno, Linker.Option.firstVariadicArg(1));
        WAITPID = linker.downcallHandle(libc.find("waitpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        WAITID = linker.downcallHandle(libc.find("waitid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        KILL = linker.downcallHandle(libc.find("kill").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), errno);
    }

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment errno = arena.allocate(CAPTURE);
    private final MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
    private final MemorySegment message = arena.allocate(ValueLayout.JAVA_LONG);

    int seize(int pid) {
        return ptrace(PTRACE_SEIZE, pid, 0, SEIZE_OPTIONS);
    }

    /** Restarts a tracee in a ptrace-stop, delivering {@code signal} (0: none). */
    int cont(int pid, int signal) {
        return ptrace(PTRACE_CONT, pid, 0, signal);
    }

    /** Leaves a tracee in group-stop stopped, yet able to report the SIGCONT that ends it. */
    int listen(int pid) {
        return ptrace(PTRACE_LISTEN, pid, 0, 0);
    }

    int interrupt(int pid) {
        return ptrace(PTRACE_INTERRUPT, pid, 0, 0);
    }

    int detach(int pid, int signal) {
        return ptrace(PTRACE_DETACH, pid, 0, signal);
    }

    /** PTRACE_GETEVENTMSG: the new pid (fork), the former thread id (exec), the wait status (exit); -1 on error. */
    long eventMessage(int pid) {
        return ptrace(PTRACE_GETEVENTMSG, pid, 0, message.address()) == 0 ? message.get(ValueLayout.JAVA_LONG, 0) : -1;
    }

    /**
     * Blocks until one of this thread's tracees or own children changes state: {@code
     * waitpid(-1, __WALL|__WNOTHREAD)}. Children of Progeny's other threads (other launches'
     * roots, adopted orphans) are never seen, let alone reaped (docs/decisions/0012). Returns the
     * pid, with its word in {@link #status()}, or -errno.
     */
    int waitAny() {
        try {
            int pid = (int) WAITPID.invokeExact(errno, -1, status, WALL | WNOTHREAD);
            return pid >= 0 ? pid : -lastErrno();
        } catch (Throwable t) {
            throw new IllegalStateException("waitpid failed", t);
        }
    }

    int status() {
        return status.get(ValueLayout.JAVA_INT, 0);
    }

    int kill(int pid, int signal) {
        try {
            return (int) KILL.invokeExact(errno, pid, signal) == 0 ? 0 : lastErrno();
        } catch (Throwable t) {
            throw new IllegalStateException("kill failed", t);
        }
    }

    /**
     * Blocks until child {@code pid} has stopped or ended, without collecting either: {@code
     * waitid(P_PID, pid, WSTOPPED|WEXITED|WNOWAIT)}. Any thread, before the child is traced.
     * Whether it stopped (a child some other tracer holds in a ptrace-stop counts as stopped).
     */
    static boolean awaitStopped(int pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(SIGINFO_SIZE);
            MemorySegment err = a.allocate(CAPTURE);
            int rc;
            do {
                rc = (int) WAITID.invokeExact(err, P_PID, pid, info, WSTOPPED | WEXITED | WNOWAIT);
            } while (rc != 0 && (int) ERRNO.get(err, 0L) == LinuxErrors.EINTR);
            int code = info.get(ValueLayout.JAVA_INT, SI_CODE);
            return rc == 0 && (code == CLD_STOPPED || code == CLD_TRAPPED);
        } catch (Throwable t) {
            throw new IllegalStateException("waitid failed", t);
        }
    }

    private int ptrace(int request, int pid, long addr, long data) {
        try {
            return (long) PTRACE.invokeExact(errno, request, pid, addr, data) == 0 ? 0 : lastErrno();
        } catch (Throwable t) {
            throw new IllegalStateException("ptrace failed", t);
        }
    }

    private int lastErrno() {
        return (int) ERRNO.get(errno, 0L);
    }

    @Override
    public void close() {
        arena.close();
    }
}
