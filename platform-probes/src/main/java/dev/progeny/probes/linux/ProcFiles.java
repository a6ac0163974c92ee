package dev.progeny.probes.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads {@code /proc/PID/<file>} with {@code openat(2)} relative to one open {@code /proc}
 * directory, through the Foreign Function API: a snapshot opens, reads and closes thousands of
 * files, and per-call overhead decides whether it keeps pace with C (see
 * docs/decisions/0003-ffm-for-proc-reads.md). Every call captures errno, so a read that fails
 * says whether the process has gone (ENOENT, ESRCH) or could not be read (EMFILE, EACCES, ...):
 * only the first is a departure. Not thread-safe: one instance per snapshot. Linux only.
 */
final class ProcFiles implements AutoCloseable {
    /** What became of one read. */
    enum Outcome {
        /** Read whole into {@link #bytes()}. */
        READ,
        /** The process has gone (ENOENT, ESRCH). */
        GONE,
        /** It could not be read for another reason, in {@link #errno()}: it may be alive. */
        UNREADABLE
    }

    /** /proc/PID/stat could not be opened or read for a reason other than the process's absence. */
    static final class Unavailable extends IllegalStateException {
        final int errno;

        Unavailable(String what, int errno) {
            super(what + ": " + LinuxErrors.describe(errno));
            this.errno = errno;
        }
    }

    /** fcntl.h (asm-generic): O_RDONLY 0, O_DIRECTORY 0200000, O_CLOEXEC 02000000. */
    private static final int O_RDONLY_CLOEXEC = 0x80000;
    private static final int O_DIRECTORY = 0x10000;
    private static final int PATH_MAX_HERE = 64;
    private static final int NATIVE_BUFFER = 64 * 1024;

    private static final MethodHandle OPENAT;
    private static final MethodHandle READ;
    private static final MethodHandle CLOSE;
    private static final MethodHandle GETDENTS64;
    private static final MethodHandle PREAD;
    private static final MethodHandle GETRLIMIT;
    private static final MethodHandle READLINKAT;

    /** Where each call leaves errno: the linker's capture state, read right after the call. */
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        OPENAT = linker.downcallHandle(libc.find("openat").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), errno);
        READ = linker.downcallHandle(libc.find("read").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), errno);
        CLOSE = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        GETDENTS64 = linker.downcallHandle(libc.find("getdents64").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), errno);
        PREAD = linker.downcallHandle(libc.find("pread").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), errno);
        GETRLIMIT = linker.downcallHandle(libc.find("getrlimit").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        READLINKAT = linker.downcallHandle(libc.find("readlinkat").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    }

    /** struct linux_dirent64 (getdents64(2)): d_ino u64 @0, d_off s64 @8, d_reclen u16 @16, d_type u8 @18, d_name @19. */
    private static final int DIRENT_INO = 0;
    private static final int DIRENT_RECLEN = 16;
    private static final int DIRENT_NAME = 19;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment callState = arena.allocate(CALL_STATE);
    private final MemorySegment path = arena.allocate(PATH_MAX_HERE);
    private final MemorySegment nativeBuf = arena.allocate(NATIVE_BUFFER);
    private final int procFd;
    private byte[] buf = new byte[4096];
    private int len;
    private int errno;

    /** @throws Unavailable when the directory cannot be opened (e.g. EMFILE: no descriptor left) */
    ProcFiles(String procRoot) {
        try {
            procFd = (int) OPENAT.invokeExact(callState, -100, arena.allocateFrom(procRoot), O_RDONLY_CLOEXEC | O_DIRECTORY);
        } catch (Throwable t) {
            arena.close();
            throw new IllegalStateException("openat failed", t);
        }
        if (procFd < 0) {
            int error = lastErrno();
            arena.close();
            throw new Unavailable("cannot open " + procRoot, error);
        }
    }

    /**
     * A directory's numeric entries and their inode numbers, in the order it lists them ({@code /proc}
     * lists processes by ascending pid). Procfs gives a process's directory a new inode number
     * when it makes the directory again, as it does for a new process that got a reaped one's pid.
     */
    record Listing(int[] pids, long[] inodes) {
        static final Listing NONE = new Listing(new int[0], new long[0]);

        /**
         * Whether {@code pid}, listed now with {@code inode}, had another inode number in this
         * earlier listing of {@code /proc}: a new process behind the same pid. False when this
         * listing did not have the pid (or was not in pid order: then nothing is found).
         */
        boolean replaced(int pid, long inode) {
            int at = Arrays.binarySearch(pids, pid);
            return at >= 0 && inodes[at] != inode;
        }
    }

    /**
     * The pids listed in the directory with their inode numbers, read with {@code getdents64(2)}
     * so that no string is made per entry. Call once, before any {@link #read}.
     */
    Listing listPids() {
        return numbersIn(procFd);
    }

    /**
     * The numeric entries of {@code <pid>/<dir>} ({@code fd}, {@code task}), or null when the
     * process has gone or the directory is unreadable (another user's {@code fd/}).
     */
    int[] listNumbers(int pid, String dir) {
        if (!setPath(pid, dir)) {
            return null;
        }
        try {
            int fd = (int) OPENAT.invokeExact(callState, procFd, path, O_RDONLY_CLOEXEC | O_DIRECTORY);
            if (fd < 0) {
                return null;
            }
            try {
                return numbersIn(fd).pids();
            } catch (IllegalStateException e) {
                return null;
            } finally {
                closeFd(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("open of /proc failed", t);
        }
    }

    /** The target of the link {@code <pid>/<file>} ({@code fd/3}, {@code ns/pid}), or null when unreadable. */
    String readLink(int pid, String file) {
        if (!setPath(pid, file)) {
            return null;
        }
        try {
            long n = (long) READLINKAT.invokeExact(procFd, path, nativeBuf, (long) NATIVE_BUFFER);
            if (n < 0) {
                return null;
            }
            byte[] raw = new byte[(int) n];
            MemorySegment.copy(nativeBuf, ValueLayout.JAVA_BYTE, 0, raw, 0, (int) n);
            return new String(raw, StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw new IllegalStateException("readlinkat in /proc failed", t);
        }
    }

    /**
     * Opens {@code <pid>/<file>} with {@code flags} (O_CLOEXEC added) and returns the descriptor,
     * which the caller closes with {@link #closeFd}; -1 when it cannot be opened.
     */
    int open(int pid, String file, int flags) {
        if (!setPath(pid, file)) {
            return -1;
        }
        try {
            int fd = (int) OPENAT.invokeExact(callState, procFd, path, flags | O_RDONLY_CLOEXEC);
            return fd < 0 ? -1 : fd;
        } catch (Throwable t) {
            throw new IllegalStateException("open in /proc failed", t);
        }
    }

    /** {@code length} bytes of {@code <pid>/<file>} from {@code offset} ({@code mem} at an address), or null. */
    byte[] readAt(int pid, String file, long offset, int length) {
        int fd = length > NATIVE_BUFFER ? -1 : open(pid, file, 0);
        if (fd < 0) {
            return null;
        }
        try {
            long n = (long) PREAD.invokeExact(callState, fd, nativeBuf, (long) length, offset);
            if (n != length) {
                return null;
            }
            byte[] out = new byte[length];
            MemorySegment.copy(nativeBuf, ValueLayout.JAVA_BYTE, 0, out, 0, length);
            return out;
        } catch (Throwable t) {
            throw new IllegalStateException("pread in /proc failed", t);
        } finally {
            closeFd(fd);
        }
    }

    /** The all-digit names in the open directory {@code dirFd}, listed with {@code getdents64(2)}. */
    /** The numeric entries of the directory and their inode numbers, in the order it lists them. */
    private Listing numbersIn(int dirFd) {
        int[] pids = new int[512];
        long[] inodes = new long[512];
        int count = 0;
        try {
            while (true) {
                long n = (long) GETDENTS64.invokeExact(callState, dirFd, nativeBuf, (long) NATIVE_BUFFER);
                if (n < 0) {
                    throw new Unavailable("getdents64 on /proc", lastErrno());
                }
                if (n == 0) {
                    return new Listing(Arrays.copyOf(pids, count), Arrays.copyOf(inodes, count));
                }
                for (int off = 0; off < n; ) {
                    int pid = parsePid(off + DIRENT_NAME);
                    if (pid >= 0) {
                        if (count == pids.length) {
                            pids = Arrays.copyOf(pids, count * 2);
                            inodes = Arrays.copyOf(inodes, count * 2);
                        }
                        inodes[count] = nativeBuf.get(ValueLayout.JAVA_LONG_UNALIGNED, off + DIRENT_INO);
                        pids[count++] = pid;
                    }
                    off += Short.toUnsignedInt(nativeBuf.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + DIRENT_RECLEN));
                }
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("getdents64 in /proc failed", t);
        }
    }

    /** The NUL-terminated name at {@code at} as a pid, or -1 when it is not all digits. */
    private int parsePid(long at) {
        int value = 0;
        int digits = 0;
        for (byte b; (b = nativeBuf.get(ValueLayout.JAVA_BYTE, at + digits)) != 0; digits++) {
            if (b < '0' || b > '9' || digits > 9) {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return digits == 0 ? -1 : value;
    }

    /** {@code <pid>/stat} parsed, or null when the process has gone or it cannot be read or parsed. */
    ProcStat stat(int pid) {
        if (read(pid, "stat") != Outcome.READ) {
            return null;
        }
        try {
            return ProcStat.parse(bytes(), length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Reads {@code <pid>/<file>} whole into {@link #bytes()}: {@link Outcome#GONE} when the
     * process has gone, {@link Outcome#UNREADABLE} when it could not be read otherwise (another
     * user's environ, no descriptor left), with the reason in {@link #errno()}.
     */
    Outcome read(int pid, String file) {
        if (!setPath(pid, file)) {
            return Outcome.GONE;
        }
        try {
            int fd = (int) OPENAT.invokeExact(callState, procFd, path, O_RDONLY_CLOEXEC);
            if (fd < 0) {
                return failed();
            }
            try {
                return readAll(fd);
            } finally {
                closeFd(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("read of /proc failed", t);
        }
    }

    /**
     * Reads {@code <pid>/stat} into {@link #bytes()} through the descriptor {@code kept} holds for
     * it, else opens it (and lets {@code kept} keep the new descriptor). A kept descriptor whose
     * process is gone fails to read, and the pid is opened afresh. Outcomes as {@link #read}.
     */
    Outcome readStat(int pid, KeptStatFiles kept) {
        try {
            int fd = kept.fdOf(pid);
            if (fd >= 0) {
                long n = (long) PREAD.invokeExact(callState, fd, nativeBuf, (long) NATIVE_BUFFER, 0L);
                if (n > 0 && n < NATIVE_BUFFER) {
                    copyIn(n);
                    return Outcome.READ;
                }
                kept.forget(pid);
            }
            if (!setPath(pid, "stat")) {
                return Outcome.GONE;
            }
            fd = (int) OPENAT.invokeExact(callState, procFd, path, O_RDONLY_CLOEXEC);
            if (fd < 0) {
                return failed();
            }
            Outcome read = readAll(fd);
            if (read != Outcome.READ || !kept.keep(pid, fd)) {
                closeFd(fd);
            }
            return read;
        } catch (Throwable t) {
            throw new IllegalStateException("read of /proc failed", t);
        }
    }

    /** The errno of the last read that was not {@link Outcome#READ}. */
    int errno() {
        return errno;
    }

    /** Only ENOENT (no such pid directory) and ESRCH (the process is gone) mean gone. */
    private Outcome failed() {
        errno = lastErrno();
        return errno == LinuxErrors.ENOENT || errno == LinuxErrors.ESRCH ? Outcome.GONE : Outcome.UNREADABLE;
    }

    private int lastErrno() {
        return (int) ERRNO.get(callState, 0L);
    }

    private void copyIn(long n) {
        if (n > buf.length) {
            buf = new byte[(int) n];
        }
        MemorySegment.copy(nativeBuf, ValueLayout.JAVA_BYTE, 0, buf, 0, (int) n);
        len = (int) n;
    }

    static void closeFd(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException("close failed", t);
        }
    }

    /** This process's soft limit on open descriptors, or {@code fallback} when it cannot be read. */
    static long descriptorLimit(long fallback) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment rlimit = a.allocate(16);
            int rc = (int) GETRLIMIT.invokeExact(LinuxConstants.RLIMIT_NOFILE, rlimit);
            long soft = rlimit.get(ValueLayout.JAVA_LONG, 0);
            return rc != 0 ? fallback : soft < 0 ? Long.MAX_VALUE : soft;
        } catch (Throwable t) {
            return fallback;
        }
    }

    /** Reads until end of file; a short first read of a small file ends it (seq_file). */
    private Outcome readAll(int fd) throws Throwable {
        len = 0;
        while (true) {
            long n = (long) READ.invokeExact(callState, fd, nativeBuf, (long) NATIVE_BUFFER);
            if (n < 0) {
                return failed();
            }
            if (n == 0) {
                return Outcome.READ;
            }
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, (int) (len + n)));
            }
            MemorySegment.copy(nativeBuf, ValueLayout.JAVA_BYTE, 0, buf, len, (int) n);
            len += (int) n;
            if (n < NATIVE_BUFFER / 2) {
                // /proc files are produced whole by one read when the buffer is large enough;
                // skipping the read that would return 0 saves a system call per file.
                return Outcome.READ;
            }
        }
    }

    private boolean setPath(int pid, String file) {
        if (pid <= 0 || 11 + file.length() + 1 > PATH_MAX_HERE) {
            return false;
        }
        int digits = 1;
        for (int p = pid; p >= 10; p /= 10) {
            digits++;
        }
        int at = digits;
        for (int p = pid, i = digits - 1; i >= 0; i--, p /= 10) {
            path.set(ValueLayout.JAVA_BYTE, i, (byte) ('0' + p % 10));
        }
        path.set(ValueLayout.JAVA_BYTE, at++, (byte) '/');
        for (int i = 0; i < file.length(); i++) {
            path.set(ValueLayout.JAVA_BYTE, at++, (byte) file.charAt(i));
        }
        path.set(ValueLayout.JAVA_BYTE, at, (byte) 0);
        return true;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    @Override
    public void close() {
        try {
            closeFd(procFd);
        } finally {
            arena.close();
        }
    }
}
