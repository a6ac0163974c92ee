package dev.progeny.probes.linux;

import com.sun.jna.Native;
import dev.progeny.probes.launch.OutputLog;

/**
 * The two pipes that carry a child's stdout and stderr into an {@link OutputLog}, each drained
 * by a daemon thread so the child never blocks on a full pipe. Linux. Used by one launch: create,
 * spawn with {@link #childStdio(boolean)}, then {@link #start}.
 */
final class OutputPipes {
    private static final int BUFFER = 64 * 1024;

    private final int[] out = new int[2];
    private final int[] err = new int[2];

    /** Opens both pipes close-on-exec: the child gets only the dup2'd copies. */
    OutputPipes() throws PosixSpawn.SpawnError {
        open(out);
        try {
            open(err);
        } catch (PosixSpawn.SpawnError e) {
            closeQuietly(out[0]);
            closeQuietly(out[1]);
            throw e;
        }
    }

    /** The child's fds 1 and 2; {@code merged}: both are the stdout pipe, and stderr's pipe ends at once. */
    PosixSpawn.Stdio childStdio(boolean merged) {
        return new PosixSpawn.Stdio(out[1], merged ? out[1] : err[1], false);
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

    private static void drain(int fd, OutputLog.Stream stream, OutputLog log, String name) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            byte[] buf = new byte[BUFFER];
            try {
                while (true) {
                    long n = LinuxSpawnLibc.INSTANCE.read(fd, buf, buf.length);
                    if (n > 0) {
                        log.append(stream, buf, 0, (int) n);
                    } else if (n == 0 || Native.getLastError() != LinuxErrors.EINTR) {
                        return;
                    }
                }
            } finally {
                closeQuietly(fd);
                log.end();
            }
        });
    }

    private static void open(int[] fds) throws PosixSpawn.SpawnError {
        if (LinuxSpawnLibc.INSTANCE.pipe2(fds, LinuxSpawnLibc.O_CLOEXEC) != 0) {
            throw new PosixSpawn.SpawnError(Native.getLastError(), "pipe2");
        }
    }

    private static void closeQuietly(int fd) {
        LinuxSpawnLibc.INSTANCE.close(fd);
    }
}
