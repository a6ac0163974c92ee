package dev.progeny.probes.linux;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.UnreadableProcess;
import dev.progeny.probes.posix.CmdlineParser;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.PosixLibc;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntPredicate;

/**
 * Reads the process table from {@code /proc}. Thread-safe. A process that vanishes during the
 * scan is skipped; one listed whose {@code stat} cannot be read for another reason (no descriptor
 * left, hidden by {@code hidepid}) is listed as unreadable, never dropped as if it had gone; one
 * whose {@code cmdline} cannot be read is shown with an empty argv.
 *
 * <p>Argv and uid are cached per (pid, start time, name): exec changes the name, so they are
 * read again whenever the program changes, and a reused pid never inherits old ones. A process
 * that changes its uid without exec keeps showing the uid it had when first seen.
 *
 * <p>Each process's {@code stat} descriptor stays open between snapshots ({@link KeptStatFiles}).
 * A partial reading carries a process over only while its {@code /proc/PID} directory keeps its
 * inode number: a new process behind a reaped one's pid gets a new directory, and is read.
 */
public final class LinuxProcessTable implements ProcessTable {
    /** Kept stat descriptors at most (and at most a quarter of the descriptor limit). */
    private static final long MAX_KEPT = 16_384;
    /** Closes a dropped table's kept descriptors. */
    private static final Cleaner CLEANER = Cleaner.create();
    private final String proc;

    private final long clockTicksPerSecond;
    private final long pageSize;
    private final long bootEpochMillis;
    /** The previous snapshot (it doubles as the argv and uid cache) and the listing it was read from. */
    private record Reading(Snapshot snapshot, ProcFiles.Listing listing) {
    }

    private volatile Reading last = new Reading(new Snapshot(Instant.EPOCH, List.of()), ProcFiles.Listing.NONE);
    /** Lent to one snapshot at a time; a concurrent snapshot opens and closes its files instead. */
    private final KeptStatFiles kept;
    private final ReentrantLock keptLock = new ReentrantLock();

    public LinuxProcessTable() {
        this("/proc");
    }

    /** Reads a {@code /proc}-shaped tree at {@code procRoot}: tests feed it made-up processes. */
    LinuxProcessTable(String procRoot) {
        this.proc = procRoot;
        this.clockTicksPerSecond = PosixLibc.INSTANCE.sysconf(LinuxConstants.SC_CLK_TCK);
        this.pageSize = PosixLibc.INSTANCE.sysconf(LinuxConstants.SC_PAGESIZE);
        this.bootEpochMillis = readBootTime() * 1000;
        this.kept = new KeptStatFiles((int) Math.min(MAX_KEPT, ProcFiles.descriptorLimit(0) / 4), ProcFiles::closeFd);
        CLEANER.register(this, kept::closeAll);
    }

    @Override
    public Snapshot snapshot() throws IOException {
        return snapshot(pid -> true);
    }

    @Override
    public Snapshot snapshot(IntPredicate reread) throws IOException {
        Instant takenAt = Instant.now();
        Reading before = last;
        Snapshot previous = before.snapshot();
        ProcFiles.Listing listing;
        List<ProcessInfo> processes;
        List<UnreadableProcess> unreadable = new ArrayList<>();
        boolean keeping = keptLock.tryLock();
        try (ProcFiles files = new ProcFiles(proc)) {
            KeptStatFiles stats = keeping ? kept : KeptStatFiles.none();
            listing = files.listPids();
            int[] pids = listing.pids();
            stats.beginPass();
            processes = new ArrayList<>(pids.length);
            for (int i = 0; i < pids.length; i++) {
                int pid = pids[i];
                // A process carried over must still be the one read before: a reaped pid reused since is read.
                ProcessInfo known = reread.test(pid) || before.listing().replaced(pid, listing.inodes()[i])
                        ? null : previous.process(pid).orElse(null);
                if (known != null) {
                    stats.stillListed(pid);
                    processes.add(known);
                    continue;
                }
                ProcessInfo info = readProcess(pid, files, previous, stats, unreadable);
                if (info != null) {
                    processes.add(info);
                }
            }
            stats.endPass();
        } catch (IllegalStateException e) {
            throw new IOException("cannot read " + proc + ": " + e.getMessage(), e);
        } finally {
            if (keeping) {
                keptLock.unlock();
            }
        }
        Snapshot snapshot = new Snapshot(takenAt, processes, unreadable);
        last = new Reading(snapshot, listing);
        return snapshot;
    }

    /** How many stat descriptors are kept open now. */
    int keptCount() {
        keptLock.lock();
        try {
            return kept.size();
        } finally {
            keptLock.unlock();
        }
    }

    /** The process, or null when it has gone or could not be read (then added to {@code unreadable}). */
    private ProcessInfo readProcess(int pid, ProcFiles files, Snapshot previous, KeptStatFiles stats,
                                    List<UnreadableProcess> unreadable) {
        ProcFiles.Outcome read = files.readStat(pid, stats);
        if (read == ProcFiles.Outcome.UNREADABLE) {
            unreadable.add(new UnreadableProcess(pid, files.errno(), LinuxErrors.describe(files.errno())));
        }
        if (read != ProcFiles.Outcome.READ) {
            return null;
        }
        ProcStat stat;
        try {
            stat = ProcStat.parse(files.bytes(), files.length());
        } catch (IllegalArgumentException e) {
            unreadable.add(new UnreadableProcess(pid, 0, "its stat line could not be parsed: " + e.getMessage()));
            return null;
        }
        ProcessInfo seen = previous.process(stat.pid()).orElse(null);
        // A launch's wrapper shell is about to exec the command, perhaps another sh: read it again.
        // So is a process read in the middle of exec, with its new name but its arguments not yet
        // laid out (an empty cmdline): only kernel threads and zombies have none for good.
        boolean same = seen != null && seen.startTime() == stat.startTime() && seen.name().equals(stat.comm())
                && !ExecWrapper.isWrapper(seen.argv()) && !(seen.argv().isEmpty() && mayHaveArgv(stat));
        // Progeny's own tracee in a group-stop shows as 't' (tracing stop); to the user it is stopped.
        ProcessState state = stat.state() == 't' && Tracer.shared().groupStopped(stat.pid())
                ? ProcessState.STOPPED : LinuxStates.of(stat.state());
        long rssBytes = stat.rssPages() * pageSize;
        long cpuNanos = (stat.utime() + stat.stime()) * 1_000_000_000L / clockTicksPerSecond;
        if (same && unchanged(seen, stat, state, rssBytes, cpuNanos)) {
            return seen;
        }
        List<String> argv = same ? seen.argv() : readArgv(pid, files);
        int uid = same ? seen.uid() : readUid(pid);
        return new ProcessInfo(stat.pid(), stat.ppid(), stat.pgrp(), stat.session(), stat.ttyNr(), stat.tpgid(),
                state, uid, stat.startTime(), bootEpochMillis + stat.startTime() * 1000 / clockTicksPerSecond,
                same ? seen.name() : stat.comm(), argv, stat.threads(), rssBytes, cpuNanos);
    }

    /** False for kernel threads (kthreadd, pid 2, and its children) and zombies, whose cmdline is empty for good. */
    private static boolean mayHaveArgv(ProcStat stat) {
        return stat.pid() != 2 && stat.ppid() != 2 && stat.state() != 'Z';
    }

    /**
     * Whether the process read before shows exactly what its stat line says now. Most of a
     * system sleeps between two snapshots: handing back the same instance spares the garbage and
     * lets the window skip rows whose process is identical.
     */
    private static boolean unchanged(ProcessInfo seen, ProcStat stat, ProcessState state, long rssBytes, long cpuNanos) {
        return seen.ppid() == stat.ppid() && seen.pgid() == stat.pgrp() && seen.sid() == stat.session()
                && seen.tty() == stat.ttyNr() && seen.tpgid() == stat.tpgid() && seen.state() == state
                && seen.threads() == stat.threads() && seen.rssBytes() == rssBytes && seen.cpuNanos() == cpuNanos;
    }

    private static List<String> readArgv(int pid, ProcFiles files) {
        return files.read(pid, "cmdline") == ProcFiles.Outcome.READ
                ? List.copyOf(CmdlineParser.split(files.bytes(), files.length())) : List.of();
    }

    /** The owner of /proc/PID is the process's effective uid (proc(5)). */
    private int readUid(int pid) {
        try {
            return (Integer) Files.getAttribute(Path.of(proc, Integer.toString(pid)), "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code btime} from /proc/stat: boot time in seconds since the epoch (proc(5)). */
    private long readBootTime() {
        try {
            for (String line : Files.readAllLines(Path.of(proc, "stat"))) {
                if (line.startsWith("btime ")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Fall through: start times are then relative to an unknown boot.
        }
        return 0;
    }
}
