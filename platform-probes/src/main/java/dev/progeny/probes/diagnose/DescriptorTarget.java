package dev.progeny.probes.diagnose;

/**
 * What an open descriptor refers to, from its {@code /proc/PID/fd/N} link (proc(5)):
 * {@code pipe:[inode]}, {@code socket:[inode]}, {@code anon_inode:[eventpoll]} (or without
 * brackets), else a path. Immutable.
 */
public sealed interface DescriptorTarget {

    /** The link text as the kernel wrote it. */
    String text();

    record Pipe(long inode) implements DescriptorTarget {
        @Override
        public String text() {
            return "pipe:[" + inode + "]";
        }
    }

    record Socket(long inode) implements DescriptorTarget {
        @Override
        public String text() {
            return "socket:[" + inode + "]";
        }
    }

    /** An object without a file: eventpoll, eventfd, signalfd, timerfd, inotify, pidfd... */
    record AnonInode(String kind) implements DescriptorTarget {
        @Override
        public String text() {
            return "anon_inode:" + kind;
        }
    }

    /** A file, directory or device; {@code deleted} when the link ends in " (deleted)". */
    record Path(String path, boolean deleted) implements DescriptorTarget {
        @Override
        public String text() {
            return deleted ? path + " (deleted)" : path;
        }

        /** A terminal or pseudo-terminal (devices.txt: /dev/pts/N, /dev/ttyN, /dev/console). */
        public boolean isTerminal() {
            return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
        }
    }

    static DescriptorTarget parse(String link) {
        if (link.startsWith("pipe:[") && link.endsWith("]")) {
            return new Pipe(Long.parseLong(link, 6, link.length() - 1, 10));
        }
        if (link.startsWith("socket:[") && link.endsWith("]")) {
            return new Socket(Long.parseLong(link, 8, link.length() - 1, 10));
        }
        if (link.startsWith("anon_inode:")) {
            String kind = link.substring("anon_inode:".length());
            return new AnonInode(kind.startsWith("[") && kind.endsWith("]") ? kind.substring(1, kind.length() - 1) : kind);
        }
        String deletedMark = " (deleted)";
        return link.endsWith(deletedMark)
                ? new Path(link.substring(0, link.length() - deletedMark.length()), true)
                : new Path(link, false);
    }
}
