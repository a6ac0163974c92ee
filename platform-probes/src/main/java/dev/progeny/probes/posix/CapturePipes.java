package dev.progeny.probes.posix;

import com.sun.jna.Native;
import dev.progeny.probes.launch.OutputLog;
import java.io.IOException;

/**
 * Two pipes for a launched command's stdout and stderr on FreeBSD and macOS: the child gets the
 * write ends (dup2'd to 1 and 2), the parent drains the read ends on daemon threads. Not
 * thread-safe: one per launch, used by the launching thread.
 */
public final class CapturePipes {
    private final PointerSpawnLibc libc;
    private final int[] out = new int[2];
    private final int[] err = new int[2];

    public CapturePipes(PointerSpawnLibc libc) throws IOException {
        this.libc = libc;
        if (libc.pipe(out) != 0) {
            throw new IOException("pipe: errno " + Native.getLastError());
        }
        if (libc.pipe(err) != 0) {
            int errno = Native.getLastError();
            libc.close(out[0]);
            libc.close(out[1]);
            throw new IOException("pipe: errno " + errno);
        }
    }

    /** The child's fds 1 and 2; {@code merged}: both are the stdout pipe, and stderr's pipe ends at once. */
    public ChildStdio childStdio(boolean merged) {
        return new ChildStdio(out[1], merged ? out[1] : err[1]);
    }

    /** After a successful spawn: our copies of the write ends go, so EOF comes when the family closes them. */
    public void startDraining(int pid, OutputLog log) {
        libc.close(out[1]);
        libc.close(err[1]);
        FdDrain.start(libc, out[0], log, OutputLog.Stream.STDOUT, "progeny-stdout-" + pid);
        FdDrain.start(libc, err[0], log, OutputLog.Stream.STDERR, "progeny-stderr-" + pid);
    }

    /** After a failed spawn. */
    public void closeAll() {
        for (int fd : new int[] {out[0], out[1], err[0], err[1]}) {
            libc.close(fd);
        }
    }
}
