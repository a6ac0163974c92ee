package dev.progeny.probes.events;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Optional;

/**
 * One process's life as the history knew it at one moment: identity, parent, launch, the
 * programs it ran, start, end and exit status. Immutable (each change is a new version, made by
 * {@link ProcessHistory} only), so a reader never sees half of an update. Every OS.
 *
 * <p>{@code bornSeq} and {@code endSeq} are the history's sequence numbers of the events that
 * made it known and ended it: a {@link HistoryView} uses them to answer as of its own moment.
 */
public final class ProcessRecord {
    /** Set when the source saw the fork (else: appeared in a reading, or first heard of by an exec). */
    private static final byte BIRTH_SEEN = 1;
    /** Set when the source saw the exit (else: vanished from a reading, or presumed gone). */
    private static final byte END_SEEN = 2;
    static final long ALIVE = -1;

    private final ProcessKey key;
    private final ProcessKey parent;
    private final String launch;
    private final int depth;
    private final long startNanos;
    private final long endNanos;
    private final ExitStatus status;
    private final List<Program> programs;
    private final String name;
    private final byte flags;
    final long bornSeq;
    final long endSeq;

    /** One program a process ran, from the exec at {@code nanos} on (the first: what it was forked or first seen as). */
    public record Program(long nanos, List<String> argv) {
        public Program {
            argv = List.copyOf(argv);
        }
    }

    private ProcessRecord(ProcessKey key, ProcessKey parent, String launch, int depth, long startNanos, long endNanos,
                          ExitStatus status, List<Program> programs, String name, byte flags, long bornSeq,
                          long endSeq) {
        this.key = key;
        this.parent = parent;
        this.launch = launch;
        this.depth = depth;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.status = status;
        this.programs = programs;
        this.name = name;
        this.flags = flags;
        this.bornSeq = bornSeq;
        this.endSeq = endSeq;
    }

    static ProcessRecord born(ProcessKey key, ProcessKey parent, String launch, int depth, long startNanos,
                              List<Program> programs, String name, boolean birthSeen, long seq) {
        return new ProcessRecord(key, parent, launch, depth, startNanos, ALIVE, null, programs, name,
                birthSeen ? BIRTH_SEEN : 0, seq, Long.MAX_VALUE);
    }

    public ProcessKey key() {
        return key;
    }

    /** The parent's key; empty when the parent was never seen (the process predates the source). */
    public Optional<ProcessKey> parent() {
        return Optional.ofNullable(parent);
    }

    /** The launch this process belongs to by recorded lineage; empty for processes of no launch. */
    public Optional<String> launch() {
        return Optional.ofNullable(launch);
    }

    /** Nesting below the launch root (0), or below the first ancestor the history knows. */
    public int depth() {
        return depth;
    }

    /** On {@link System#nanoTime()}'s clock; estimated from the start time when not seen forking. */
    public long startNanos() {
        return startNanos;
    }

    /** When it ended, on {@link System#nanoTime()}'s clock; empty while alive (as far as known). */
    public Optional<Long> endNanos() {
        return endNanos == ALIVE ? Optional.empty() : Optional.of(endNanos);
    }

    public boolean ended() {
        return endNanos != ALIVE;
    }

    /** How it ended; empty while alive or when the source could not tell (polling). */
    public Optional<ExitStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The programs it ran, oldest first; never empty. */
    public List<Program> programs() {
        return programs;
    }

    /** The latest argument vector (empty when it could not be read). */
    public List<String> argv() {
        return programs.getLast().argv();
    }

    /** The latest short command name. */
    public String name() {
        return name;
    }

    /** Whether its fork was seen by an exact source (not inferred from readings). */
    public boolean birthSeen() {
        return (flags & BIRTH_SEEN) != 0;
    }

    /** Whether its exit was seen by an exact source (not inferred from readings). */
    public boolean endSeen() {
        return (flags & END_SEEN) != 0;
    }

    /** This process with what its fork (or a reading) tells: identity, parent, start, and whether the fork was seen. */
    ProcessRecord merged(ProcessKey newKey, ProcessKey newParent, long start, boolean forkSeen) {
        return new ProcessRecord(newKey, newParent, launch, depth, start, endNanos, status, programs, name,
                (byte) (forkSeen ? flags | BIRTH_SEEN : flags), bornSeq, endSeq);
    }

    ProcessRecord inLaunch(String newLaunch, int newDepth) {
        return new ProcessRecord(key, parent, newLaunch, newDepth, startNanos, endNanos, status, programs, name, flags,
                bornSeq, endSeq);
    }

    ProcessRecord exec(long nanos, List<String> argv, String comm, boolean replaceFirst) {
        List<Program> next;
        if (replaceFirst) {
            next = List.of(new Program(programs.getFirst().nanos(), argv));
        } else {
            Program[] all = programs.toArray(new Program[programs.size() + 1]);
            all[all.length - 1] = new Program(nanos, argv);
            next = List.of(all);
        }
        return new ProcessRecord(key, parent, launch, depth, startNanos, endNanos, status, next,
                comm.isEmpty() ? name : comm, flags, bornSeq, endSeq);
    }

    ProcessRecord end(long nanos, ExitStatus how, boolean seen, long seq) {
        return new ProcessRecord(key, parent, launch, depth, startNanos, Math.max(nanos, startNanos), how, programs,
                name, (byte) (seen ? flags | END_SEEN : flags), bornSeq, seq);
    }

    @Override
    public String toString() {
        return key + " " + name + (launch == null ? "" : " in " + launch)
                + (ended() ? " ended " + (status == null ? "(unknown)" : status) : " alive");
    }
}
