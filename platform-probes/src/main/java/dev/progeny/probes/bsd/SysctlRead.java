package dev.progeny.probes.bsd;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.progeny.probes.posix.ErrnoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The grow-and-retry loop around a BSD {@code sysctl(3)} read whose size can change between
 * the size query and the read (a process table). Used on FreeBSD and macOS; the loop itself
 * is plain Java and tested on Linux with a fake call. Thread-safe (stateless).
 */
public final class SysctlRead {
    /** Enough for a table that keeps growing while we read; then the caller gets an error. */
    static final int MAX_TRIES = 8;

    /** One sysctl call on a fixed MIB. */
    @FunctionalInterface
    public interface Call {
        /**
         * Calls sysctl with {@code buffer} (null: ask for the size) of {@code length[0]} bytes.
         * On return {@code length[0]} holds the size needed or written.
         *
         * @return 0 on success, otherwise the errno
         */
        int call(Pointer buffer, long[] length);
    }

    private SysctlRead() {
    }

    /**
     * Reads the whole value: asks for its size, allocates a quarter more, and doubles the buffer
     * while the OS answers {@code enomem} (the table grew in between).
     *
     * @param what   for error messages, e.g. "kern.proc.proc"
     * @param enomem the OS's ENOMEM
     * @return the bytes written, in native byte order, positioned at 0
     * @throws ErrnoException when a call fails (other than with {@code enomem}), with its errno
     */
    public static ByteBuffer read(Call call, int enomem, String what) throws IOException {
        long[] length = {0};
        int err = call.call(null, length);
        if (err != 0) {
            throw new ErrnoException("sysctl " + what + " (size)", err);
        }
        long capacity = Math.max(length[0] + length[0] / 4, 1024);
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            try (Memory memory = new Memory(capacity)) {
                length[0] = capacity;
                err = call.call(memory, length);
                if (err == 0) {
                    byte[] bytes = memory.getByteArray(0, (int) length[0]);
                    return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
                }
                if (err != enomem) {
                    throw new ErrnoException("sysctl " + what, err);
                }
            }
            capacity *= 2;
        }
        throw new IOException("sysctl " + what + ": still growing after " + MAX_TRIES + " tries");
    }
}
