package dev.progeny.probes.posix;

import dev.progeny.probes.bsd.BsdSpawnLibc;
import dev.progeny.probes.launch.OutputLog;

/**
 * Reads a pipe's read end with {@code read(2)} on a daemon thread until EOF into an
 * {@link OutputLog}, then closes it and ends that stream. FreeBSD and macOS (pointer-handle
 * libc). Thread-safe.
 */
final class FdDrain {
    private static final int CHUNK = 8192;

    private FdDrain() {
    }

    static Thread start(BsdSpawnLibc libc, int fd, OutputLog into, OutputLog.Stream stream, String name) {
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            byte[] buf = new byte[CHUNK];
            try {
                long n;
                // 0 at EOF (every writer closed), -1 on error; HotSpot installs its signal
                // handlers with SA_RESTART, so a signal does not end the loop early.
                while ((n = libc.read(fd, buf, buf.length)) > 0) {
                    into.append(stream, buf, 0, (int) n);
                }
            } finally {
                libc.close(fd);
                into.end();
            }
        });
    }
}
