package dev.progeny.probes.diagnose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipes a set of processes hold, each with its read and write ends, matched by the pipe's
 * inode across their descriptors (as lsof {@code +E} and lsfd's ENDPOINTS do) and told apart by
 * each descriptor's access mode. Only the processes given are seen: an end held elsewhere is
 * missing. Immutable and thread-safe.
 */
public final class PipeMap {
    /**
     * One pipe.
     *
     * @param unknown ends whose direction could not be read (no fdinfo)
     * @param fill    how full it was, where it was measured
     */
    public record Pipe(long inode, List<PipeEnd> readers, List<PipeEnd> writers, List<PipeEnd> unknown,
                       Optional<PipeFill> fill) {
        public Pipe {
            readers = List.copyOf(readers);
            writers = List.copyOf(writers);
            unknown = List.copyOf(unknown);
        }

        public boolean holds(int pid) {
            return readers.stream().anyMatch(e -> e.pid() == pid) || writers.stream().anyMatch(e -> e.pid() == pid)
                    || unknown.stream().anyMatch(e -> e.pid() == pid);
        }
    }

    public static final PipeMap EMPTY = new PipeMap(Map.of());

    private final Map<Long, Pipe> byInode;

    private PipeMap(Map<Long, Pipe> byInode) {
        this.byInode = byInode;
    }

    /** The map of the pipes among {@code fdsByPid} (each process's descriptors). */
    public static PipeMap build(Map<Integer, List<Descriptor>> fdsByPid) {
        Map<Long, List<List<PipeEnd>>> ends = new LinkedHashMap<>();
        fdsByPid.forEach((pid, fds) -> {
            for (Descriptor d : fds) {
                if (d.isPipe()) {
                    List<List<PipeEnd>> e = ends.computeIfAbsent(d.pipeInode(),
                            k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    int side = d.access().map(a -> a == FdInfo.Access.READ ? 0 : a == FdInfo.Access.WRITE ? 1 : 2).orElse(2);
                    e.get(side).add(new PipeEnd(pid, d.fd()));
                }
            }
        });
        Map<Long, Pipe> pipes = new LinkedHashMap<>();
        ends.forEach((inode, e) -> pipes.put(inode, new Pipe(inode, e.get(0), e.get(1), e.get(2), Optional.empty())));
        return new PipeMap(pipes);
    }

    public Optional<Pipe> pipe(long inode) {
        return Optional.ofNullable(byInode.get(inode));
    }

    public Collection<Pipe> pipes() {
        return byInode.values();
    }

    /** The pipes {@code pid} holds an end of. */
    public List<Pipe> pipesOf(int pid) {
        return byInode.values().stream().filter(p -> p.holds(pid)).toList();
    }

    /** This map with the fill levels measured. */
    public PipeMap withFill(Map<Long, PipeFill> fills) {
        Map<Long, Pipe> out = new LinkedHashMap<>();
        byInode.forEach((inode, p) -> out.put(inode, new Pipe(inode, p.readers(), p.writers(), p.unknown(),
                Optional.ofNullable(fills.get(inode)).or(p::fill))));
        return new PipeMap(out);
    }

    /** What this map knows about the pipe a process writes to ({@code writing}) or reads from. */
    public PipeState stateFor(long inode, boolean writing) {
        Pipe p = byInode.get(inode);
        if (p == null) {
            return new PipeState(List.of(), Optional.empty(), true);
        }
        return new PipeState(writing ? p.readers() : p.writers(), p.fill(), true);
    }

    /** {@code waiting} with what this map knows about its pipe; other waits unchanged. */
    public WaitingFor join(WaitingFor waiting) {
        return switch (waiting) {
            case WaitingFor.PipeWrite w when w.pipe() >= 0 -> w.with(stateFor(w.pipe(), true));
            case WaitingFor.PipeRead r when r.pipe() >= 0 -> r.with(stateFor(r.pipe(), false));
            default -> waiting;
        };
    }
}
