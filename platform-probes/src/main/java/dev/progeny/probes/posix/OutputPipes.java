package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.launch.OutputLog;

/**
 * The two pipes that carry a child's stdout and stderr into an {@link OutputLog}, each drained
 * by a daemon thread so the child never blocks on a full pipe. Linux, FreeBSD and macOS. Used by
 * one launch: create, spawn with {@link #childStdio(boolean)}, then {@link #start} (or {@link #abandon}).
 */
final class OutputPipes {
    private static final int BUFFER = 64 * 1024;
    /** {@code fcntl} F_SETFD and FD_CLOEXEC: 2 and 1 on all three (fcntl.h). */
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    private final int eintr;
    private final int[] out = new int[2];
    private final int[] err = new int[2];

    /** Opens both pipes close-on-exec: the child gets only the dup2'd copies. */
    OutputPipes(int eintr) throws ErrnoException {
        this.eintr = eintr;
        open(out);
        try {
            open(err);
        } catch (ErrnoException e) {
            closeQuietly(out[0]);
            closeQuietly(out[1]);
            throw e;
        }
    }

    /** The child's fds 1 and 2; {@code merged}: both are the stdout pipe, and stderr's pipe ends at once. */
    SpawnRequest.Stdio childStdio(boolean merged) {
        return new SpawnRequest.Stdio.Captured(out[1], merged ? out[1] : err[1]);
    }

    /** Closes Progeny's write ends (the child has its own) and starts draining into {@code log}. */
    void start(OutputLog log, String name) {
        closeQuietly(out[1]);
        closeQuietly(err[1]);
        drain(out[0], OutputLog.Stream.STDOUT, log, name + "-stdout");
        drain(err[0], OutputLog.Stream.STDERR, log, name + "-stderr");
    }

    /** The spawn failed: nothing will read. */
    void abandon() {
        for (int fd : new int[] {out[0], out[1], err[0], err[1]}) {
            closeQuietly(fd);
        }
    }

    private void drain(int fd, OutputLog.Stream stream, OutputLog log, String name) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            byte[] buf = new byte[BUFFER];
            try {
                while (true) {
                    long n = PosixLibc.INSTANCE.read(fd, buf, buf.length);
                    if (n > 0) {
                        log.append(stream, buf, 0, (int) n);
                    } else if (n == 0 || Native.getLastError() != eintr) {
                        return;
                    }
                }
            } finally {
                closeQuietly(fd);
                log.end();
            }
        });
    }

    private static void open(int[] fds) throws ErrnoException {
        PosixLibc libc = PosixLibc.INSTANCE;
        if (libc.pipe(fds) != 0) {
            throw new ErrnoException("pipe", Native.getLastError());
        }
        // Another thread's fork must not inherit them; pipe2 would do it at once but macOS has none.
        libc.fcntl(fds[0], F_SETFD, FD_CLOEXEC);
        libc.fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    }

    private static void closeQuietly(int fd) {
        PosixLibc.INSTANCE.close(fd);
    }
}
