package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One {@code /proc/PID/fdinfo/N} file (Linux, proc(5)): the open file's offset and flags (octal,
 * O_CLOEXEC included), its mount, its inode ({@code ino:}, since 5.13) and, for an epoll
 * descriptor, the descriptors it watches ({@code tfd:} lines). Immutable.
 *
 * @param watched for an epoll instance, the descriptors it watches; else empty
 */
public record FdInfo(long pos, int flags, int mountId, OptionalLong inode, List<Integer> watched) {
    /** include/uapi/asm-generic/fcntl.h (the same on x86-64 and aarch64); values octal. */
    static final int O_ACCMODE = 03;
    static final int O_WRONLY = 01;
    static final int O_RDWR = 02;
    static final int O_APPEND = 02000;
    static final int O_NONBLOCK = 04000;
    static final int O_CLOEXEC = 02000000;

    public FdInfo {
        watched = List.copyOf(watched);
    }

    /** Which way the descriptor was opened. */
    public enum Access { READ, WRITE, READ_WRITE }

    public Access access() {
        return switch (flags & O_ACCMODE) {
            case O_WRONLY -> Access.WRITE;
            case O_RDWR -> Access.READ_WRITE;
            default -> Access.READ;
        };
    }

    public boolean closeOnExec() {
        return (flags & O_CLOEXEC) != 0;
    }

    public boolean nonBlocking() {
        return (flags & O_NONBLOCK) != 0;
    }

    /** The flags as short words: {@code r}, {@code w} or {@code rw}, then append, nonblock, cloexec. */
    public String flagWords() {
        StringBuilder s = new StringBuilder(switch (access()) {
            case READ -> "r";
            case WRITE -> "w";
            case READ_WRITE -> "rw";
        });
        if ((flags & O_APPEND) != 0) {
            s.append(" append");
        }
        if (nonBlocking()) {
            s.append(" nonblock");
        }
        if (closeOnExec()) {
            s.append(" cloexec");
        }
        return s.toString();
    }

    /**
     * Parses the file's text: {@code name:\tvalue} lines, unknown ones ignored.
     *
     * @throws IllegalArgumentException when {@code pos} or {@code flags} is missing or malformed
     */
    public static FdInfo parse(String text) {
        long pos = -1;
        int flags = -1;
        int mountId = -1;
        OptionalLong inode = OptionalLong.empty();
        List<Integer> watched = new ArrayList<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            try {
                switch (line.substring(0, colon)) {
                    case "pos" -> pos = Long.parseLong(value);
                    case "flags" -> flags = Integer.parseInt(value, 8);
                    case "mnt_id" -> mountId = Integer.parseInt(value);
                    case "ino" -> inode = OptionalLong.of(Long.parseUnsignedLong(value));
                    case "tfd" -> watched.add(Integer.parseInt(value.split("\\s+")[0]));
                    default -> { }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed fdinfo line: " + line, e);
            }
        }
        if (pos < 0 || flags < 0) {
            throw new IllegalArgumentException("fdinfo without pos and flags");
        }
        return new FdInfo(pos, flags, mountId, inode, watched);
    }
}
