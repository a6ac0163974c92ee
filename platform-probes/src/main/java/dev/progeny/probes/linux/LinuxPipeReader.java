package dev.progeny.probes.linux;

import dev.progeny.probes.diagnose.Descriptor;
import dev.progeny.probes.diagnose.PipeEnd;
import dev.progeny.probes.diagnose.PipeFill;
import dev.progeny.probes.diagnose.PipeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Builds pipe maps and measures how full a pipe is by opening one of its ends through
 * {@code /proc/PID/fd/N} read-only and non-blocking, asking {@code FIONREAD} and
 * {@code F_GETPIPE_SZ}, and closing it at once (as util-linux pipesz does). Only pipes with a
 * reader found are opened: docs/decisions/0013-opening-pipe-ends.md says why. Not thread-safe:
 * one per reading. Linux only.
 */
final class LinuxPipeReader {
    /** fcntl.h (asm-generic): O_NONBLOCK, octal 04000. */
    private static final int O_NONBLOCK = 04000;

    private final ProcFiles files;

    LinuxPipeReader(ProcFiles files) {
        this.files = files;
    }

    PipeMap map(Map<Integer, List<Descriptor>> descriptors) {
        return PipeMap.build(descriptors);
    }

    /** {@code map} with the fill of every pipe {@code pid} holds; every pipe when {@code pid} is -1. */
    PipeMap measure(PipeMap map, int pid) {
        Map<Long, PipeFill> fills = new HashMap<>();
        for (PipeMap.Pipe p : pid < 0 ? List.copyOf(map.pipes()) : map.pipesOf(pid)) {
            if (p.readers().isEmpty()) {
                continue;
            }
            PipeEnd end = pid < 0 ? p.readers().getFirst() : ownEnd(p, pid);
            fill(end.pid(), end.fd()).ifPresent(f -> fills.put(p.inode(), f));
        }
        return map.withFill(fills);
    }

    private static PipeEnd ownEnd(PipeMap.Pipe p, int pid) {
        return Stream.of(p.readers(), p.writers(), p.unknown()).flatMap(List::stream)
                .filter(e -> e.pid() == pid).findFirst().orElse(p.readers().getFirst());
    }

    private Optional<PipeFill> fill(int pid, int fd) {
        int opened = files.open(pid, "fd/" + fd, O_NONBLOCK);
        if (opened < 0) {
            return Optional.empty();
        }
        try {
            OptionalInt bytes = DiagnosisCalls.bytesQueued(opened);
            OptionalInt capacity = DiagnosisCalls.pipeCapacity(opened);
            return bytes.isPresent() && capacity.isPresent()
                    ? Optional.of(new PipeFill(bytes.getAsInt(), capacity.getAsInt())) : Optional.empty();
        } finally {
            ProcFiles.closeFd(opened);
        }
    }
}
