package dev.progeny.probes.events;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessRecord.Program;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.RecordedExit;
import dev.progeny.probes.launch.RecordedLineage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every process the event stream told of, keyed by (pid, start time): parent, launch, the
 * programs it ran, start, end and exit status. A launch's root is registered by id
 * ({@link #launchStarted}); every process forked by a member joins its launch, which is what makes
 * attribution known rather than guessed. At most about {@code capPerLaunch} processes are kept
 * per launch (and for the processes of no launch): beyond, the oldest ended ones are summarised
 * into counts by outcome ({@link LaunchHistory#summarised()}).
 *
 * <p>What the stream may hold, and what the history makes of it: a pid seen again with another
 * start time is a new process (the old one's end went unseen: ended, status unknown); an exec of
 * an unknown pid records a process of unknown origin, which the fork, if it follows, completes;
 * an exit of an unknown pid (a process older than the source) records nothing; {@code Appeared}
 * of a known process completes it. After a {@link ProcessEvent.Lost} the source resynchronises by
 * {@code Appeared} and {@code Vanished} events, and the loss is counted ({@link HistoryView#losses()}).
 *
 * <p>Every OS. Thread-safe: writes (the source's events, the launcher's registrations) take this
 * object's lock; readers take a {@link #view()} in constant time without it.
 */
public final class ProcessHistory implements Consumer<ProcessEvent>, RecordedLineage {
    public static final int DEFAULT_CAP = 100_000;

    private final int cap;
    /** Wall-clock nanoseconds minus {@link System#nanoTime()}: turns a reading's start time into nanoTime. */
    private final long wallMinusNanoTime = System.currentTimeMillis() * 1_000_000 - System.nanoTime();
    private final Map<Integer, HistoryCell> live = new HashMap<>();
    private final Map<ProcessKey, HistoryCell> byKey = new ConcurrentHashMap<>();
    private final Map<String, LaunchLog> launches = new ConcurrentHashMap<>();
    private final LaunchLog unlaunched;
    private volatile Losses losses = Losses.NONE;
    private volatile long seq;
    private volatile boolean exact;

    public ProcessHistory() {
        this(DEFAULT_CAP);
    }

    public ProcessHistory(int capPerLaunch) {
        if (capPerLaunch < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.cap = capPerLaunch;
        this.unlaunched = new LaunchLog(null, null, capPerLaunch);
    }

    /** The history as of now, in constant time. */
    public HistoryView view() {
        return new HistoryView(this, seq);
    }

    @Override
    public synchronized void accept(ProcessEvent event) {
        long s = seq + 1;
        exact |= event.exact();
        switch (event) {
            case ProcessEvent.Fork f -> born(new ProcessKey(f.pid(), f.startTime()), f.parentPid(), f.nanos(), null,
                    null, true, s);
            case ProcessEvent.Exec x -> exec(x, s);
            case ProcessEvent.Exit x -> ended(live.get(x.pid()), x.nanos(), x.status().orElse(null), true, s);
            case ProcessEvent.Appeared a -> born(a.process().key(), a.process().ppid(), estimatedStart(a),
                    a.process().argv(), a.process().name(), false, s);
            case ProcessEvent.Vanished v -> {
                HistoryCell c = live.get(v.pid());
                if (c != null && c.record.key().equals(v.key())) {
                    ended(c, v.nanos(), null, false, s);
                }
            }
            case ProcessEvent.Lost l -> losses = losses.plus(l);
        }
        seq = s;
    }

    /**
     * Registers launch {@code id}, whose root is {@code root}: the root and everything the history
     * has already seen it fork (events may arrive before the launcher returns) join the launch.
     */
    public synchronized void launchStarted(String id, ProcessKey root) {
        long s = seq + 1;
        launches.computeIfAbsent(id, k -> new LaunchLog(id, root, cap));
        HistoryCell c = byKey.get(root);
        if (c == null) {
            HistoryCell other = live.get(root.pid());
            if (other != null && sameProcess(other.record, root)) {
                c = other;
                rekey(c, c.record.merged(root, c.record.parent().orElse(null), c.record.startNanos(), false));
            } else {
                long now = System.nanoTime();
                if (other != null) {
                    ended(other, now, null, false, s);
                }
                c = add(ProcessRecord.born(root, null, id, 0, now, List.of(new Program(now, List.of())), "", false, s));
            }
        }
        if (c.record.launch().isEmpty()) {
            moveIntoLaunch(c, id, 0);
        }
        seq = s;
    }

    private void born(ProcessKey key, int ppid, long startNanos, List<String> argv, String name, boolean forkSeen,
                      long s) {
        HistoryCell parent = live.get(ppid);
        if (parent != null && key.startTime() >= 0 && parent.record.key().startTime() > key.startTime()) {
            parent = null; // a newer process has the parent's pid: the real parent is gone
        }
        HistoryCell existing = live.get(key.pid());
        if (existing != null && sameProcess(existing.record, key)) {
            merge(existing, key, parent, startNanos, argv, name, forkSeen);
            return;
        }
        if (existing != null) {
            ended(existing, startNanos, null, false, s); // the pid was reused: its end went unseen
        }
        ProcessRecord p = parent == null ? null : parent.record;
        List<String> args = argv != null ? argv : p != null ? p.argv() : List.of();
        String n = name != null ? name : p != null ? p.name() : "";
        add(ProcessRecord.born(key, p == null ? null : p.key(), p == null ? null : p.launch().orElse(null),
                p == null ? 0 : p.depth() + 1, startNanos, List.of(new Program(startNanos, args)), n, forkSeen, s));
    }

    /** A process known before its fork (registered, exec'd, or read): the fork or reading completes it. */
    private void merge(HistoryCell cell, ProcessKey key, HistoryCell parent, long startNanos, List<String> argv,
                       String name, boolean forkSeen) {
        ProcessRecord r = cell.record;
        ProcessKey parentKey = r.parent().orElse(parent == null ? null : parent.record.key());
        ProcessRecord next = r.merged(key.startTime() >= 0 ? key : r.key(), parentKey,
                forkSeen ? startNanos : r.startNanos(), forkSeen);
        if (argv != null && !argv.isEmpty() && r.argv().isEmpty()) {
            next = next.exec(startNanos, argv, name == null ? "" : name, r.programs().size() == 1);
        } else if (name != null && r.name().isEmpty()) {
            next = next.exec(startNanos, r.argv(), name, true);
        }
        rekey(cell, next);
        String launch = parent == null ? null : parent.record.launch().orElse(null);
        if (r.launch().isEmpty() && launch != null) {
            moveIntoLaunch(cell, launch, parent.record.depth() + 1);
        }
    }

    private void exec(ProcessEvent.Exec x, long s) {
        HistoryCell c = live.get(x.pid());
        if (c == null) {
            born(new ProcessKey(x.pid(), -1), -1, x.nanos(), x.argv(), x.comm(), false, s);
            return;
        }
        ProcessRecord r = c.record;
        c.record = r.exec(x.nanos(), x.argv(), x.comm(), r.programs().size() == 1 && r.argv().isEmpty());
    }

    private void ended(HistoryCell cell, long nanos, ExitStatus status, boolean seen, long s) {
        if (cell == null) {
            return; // an exit of a process that predates the source: nothing known to end
        }
        live.remove(cell.record.key().pid(), cell);
        cell.record = cell.record.end(nanos, status, seen, s);
        cell.log.ended(status);
    }

    /** Moves {@code top}, and what the history saw it fork so far, out of the log of no launch into launch {@code id}. */
    private void moveIntoLaunch(HistoryCell top, String id, int depth) {
        LaunchLog from = top.log;
        if (from != unlaunched) {
            return;
        }
        List<HistoryCell> tail = from.tailSince(top.record.bornSeq);
        Map<ProcessKey, Integer> depths = new HashMap<>();
        move(top, id, depth, depths);
        for (HistoryCell c : tail) {
            ProcessRecord r = c.record;
            Integer parentDepth = r.parent().map(depths::get).orElse(null);
            if (c.log == from && r.launch().isEmpty() && parentDepth != null) {
                move(c, id, parentDepth + 1, depths);
            }
        }
    }

    private void move(HistoryCell c, String id, int depth, Map<ProcessKey, Integer> depths) {
        c.log.movedOut(c);
        c.record = c.record.inLaunch(id, depth);
        depths.put(c.record.key(), depth);
        forget(launches.get(id).append(c));
    }

    private HistoryCell add(ProcessRecord r) {
        HistoryCell cell = new HistoryCell(r, null);
        byKey.put(r.key(), cell);
        live.put(r.key().pid(), cell);
        forget(r.launch().map(launches::get).orElse(unlaunched).append(cell));
        return cell;
    }

    private void rekey(HistoryCell cell, ProcessRecord next) {
        if (!next.key().equals(cell.record.key())) {
            byKey.remove(cell.record.key(), cell);
            byKey.put(next.key(), cell);
        }
        cell.record = next;
    }

    private void forget(List<HistoryCell> summarised) {
        for (HistoryCell c : summarised) {
            byKey.remove(c.record.key(), c);
        }
    }

    /** Whether a live record and a key name one process: the same key, or a start time not known on one side. */
    private static boolean sameProcess(ProcessRecord r, ProcessKey key) {
        return r.key().equals(key) || !r.birthSeen() && (r.key().startTime() < 0 || key.startTime() < 0);
    }

    /** A reading tells the start as wall-clock time: on nanoTime's clock, never after the reading. */
    private long estimatedStart(ProcessEvent.Appeared a) {
        long millis = a.process().startEpochMillis();
        return millis <= 0 ? a.nanos() : Math.min(a.nanos(), millis * 1_000_000 - wallMinusNanoTime);
    }

    /** The launch of {@code process} as recorded now (lock-free). */
    @Override
    public Optional<String> launchOf(ProcessKey process) {
        HistoryCell c = byKey.get(process);
        return c == null ? Optional.empty() : c.record.launch();
    }

    @Override
    public Optional<ProcessKey> parentOf(ProcessKey process) {
        HistoryCell c = byKey.get(process);
        return c == null ? Optional.empty() : c.record.parent();
    }

    @Override
    public boolean exact() {
        return exact;
    }

    @Override
    public long mark() {
        return seq;
    }

    @Override
    public List<RecordedExit> exitsSince(long mark) {
        return view().exitsSeenAfter(mark);
    }

    /** {@code nanos} on {@link System#nanoTime()}'s clock as wall-clock milliseconds since the epoch. */
    public long epochMillisOf(long nanos) {
        return Math.floorDiv(nanos + wallMinusNanoTime, 1_000_000);
    }

    HistoryCell cell(ProcessKey key) {
        return byKey.get(key);
    }

    LaunchLog.Published published(String id) {
        LaunchLog log = id == null ? unlaunched : launches.get(id);
        return log != null ? log.published() : new LaunchLog(id, null, cap).published();
    }

    Set<String> launchIds() {
        return Set.copyOf(launches.keySet());
    }

    Losses losses() {
        return losses;
    }

    @Override
    public String toString() {
        return "history of " + byKey.size() + " processes in " + launches.size() + " launches: "
                + Arrays.toString(launches.keySet().toArray());
    }
}
