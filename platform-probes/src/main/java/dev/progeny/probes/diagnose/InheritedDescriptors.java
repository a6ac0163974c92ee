package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a process's descriptors beyond 0-2 that are the same open file as one held by an
 * ancestor or by Progeny. Only descriptors with the same target are compared, nearest holder
 * first; where the kernel cannot be asked, a pipe end or file with the same flags, offset and
 * inode counts, and the evidence says so. Pure; thread-safe.
 */
public final class InheritedDescriptors {
    private InheritedDescriptors() {
    }

    /** A process and its descriptors, as a possible source. */
    public record Holder(int pid, List<Descriptor> fds) {
        public Holder {
            fds = List.copyOf(fds);
        }
    }

    /**
     * @param holders the ancestors nearest first, then Progeny itself
     */
    public static List<Inherited> find(int pid, List<Descriptor> fds, List<Holder> holders, SameOpenFile kernel) {
        List<Inherited> out = new ArrayList<>();
        for (Descriptor d : fds) {
            if (d.fd() > 2) {
                source(pid, d, holders, kernel).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Inherited> source(int pid, Descriptor d, List<Holder> holders, SameOpenFile kernel) {
        for (Holder h : holders) {
            for (Descriptor theirs : h.fds()) {
                if (!theirs.target().equals(d.target())) {
                    continue;
                }
                switch (kernel.compare(pid, d.fd(), h.pid(), theirs.fd())) {
                    case SAME -> {
                        return Optional.of(new Inherited(d.fd(), h.pid(), theirs.fd(), Inherited.Evidence.SAME_OPEN_FILE));
                    }
                    case UNKNOWN -> {
                        if (sameFdInfo(d, theirs)) {
                            return Optional.of(new Inherited(d.fd(), h.pid(), theirs.fd(), Inherited.Evidence.MATCHING_FDINFO));
                        }
                    }
                    case DIFFERENT -> {
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Flags (close-on-exec aside: it is per descriptor, not per open file), offset and inode alike. */
    private static boolean sameFdInfo(Descriptor a, Descriptor b) {
        if (a.info().isEmpty() || b.info().isEmpty()) {
            return false;
        }
        FdInfo x = a.info().get();
        FdInfo y = b.info().get();
        return (x.flags() & ~FdInfo.O_CLOEXEC) == (y.flags() & ~FdInfo.O_CLOEXEC) && x.pos() == y.pos()
                && x.inode().equals(y.inode()) && x.mountId() == y.mountId();
    }
}
