package dev.progeny.probes.linux;

import com.sun.jna.Native;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnRequest;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How another thread wakes the tracer thread out of its blocking wait: a tiny shell, the tracer
 * thread's own child and tracee, that stops itself each time a byte arrives on its stdin. The stop
 * ends the tracer's wait; the tracer suppresses the signal and reads its requests. The shell reads
 * a pipe whose only writer is this JVM, so it exits as soon as Progeny does (docs/decisions/0012).
 * Linux. {@link #ring()} from any thread; the rest on the tracer thread.
 */
final class TracerDoorbell implements AutoCloseable {
    /** Moves the pipe (given as fd 1: the spawn hands a child only stdout and stderr) to stdin. */
    private static final String SCRIPT =
            "exec 0<&1 1>/dev/null 2>&1; while read -r _; do kill -STOP $$; done";
    private static final MethodHandle WRITE = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("write").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MemorySegment NEWLINE = Arena.global().allocateFrom("\n");

    private final int pid;
    private final int writeFd;
    private final AtomicBoolean rung = new AtomicBoolean();

    private TracerDoorbell(int pid, int writeFd) {
        this.pid = pid;
        this.writeFd = writeFd;
    }

    /** Starts the doorbell as a child of the calling thread (which must be the tracer thread). */
    static TracerDoorbell open() throws ErrnoException {
        PosixLibc libc = PosixLibc.INSTANCE;
        int[] fds = new int[2];
        // pipe2(O_CLOEXEC): no other thread's spawn may inherit the write end, or the shell never ends.
        if (LinuxSpawnLibc.INSTANCE.pipe2(fds, LinuxSpawnLibc.O_CLOEXEC) != 0) {
            throw new ErrnoException("pipe2", Native.getLastError());
        }
        try {
            SpawnPlan plan = LinuxSpawnPlanner.plan(new SpawnRequest(Path.of(ExecWrapper.SHELL),
                    List.of("sh", "-c", SCRIPT, "progeny-tracer-doorbell"), List.of("PATH=/usr/bin:/bin"),
                    Optional.of(Path.of("/")), Isolation.PROCESS_GROUP, new SpawnRequest.Stdio.Captured(fds[0], fds[0])));
            return new TracerDoorbell(LinuxLaunching.spawner().spawn(plan), fds[1]);
        } catch (ErrnoException e) {
            libc.close(fds[1]);
            throw e;
        } finally {
            libc.close(fds[0]);
        }
    }

    int pid() {
        return pid;
    }

    /** Wakes the tracer; rings once however often it is called before the tracer answers. */
    void ring() {
        if (rung.compareAndSet(false, true)) {
            try {
                long ignored = (long) WRITE.invokeExact(writeFd, NEWLINE, 1L);
            } catch (Throwable t) {
                throw new IllegalStateException("write to the tracer's doorbell failed", t);
            }
        }
    }

    /** The tracer woke: later rings must ring again. Call before reading the requests. */
    void answered() {
        rung.set(false);
    }

    /** The shell reads end-of-file and exits; the tracer reaps it. */
    @Override
    public void close() {
        PosixLibc.INSTANCE.close(writeFd);
    }
}
