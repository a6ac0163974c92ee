package dev.progeny.probes.linux;

/**
 * One traced task, a process or one of its threads (ptrace follows threads: each is attached, stops
 * and is restarted on its own). Linux. Tracer thread only.
 */
final class PtraceTask {
    final int tid;
    /** The process the task belongs to: {@code tid} itself for a process (its main thread). */
    final int tgid;
    final PtraceSource source;
    /** The launch's root before its hold (the wrapper's SIGSTOP) has been undone. */
    boolean holding;
    /** In a group-stop, left stopped with PTRACE_LISTEN. */
    boolean listening;

    PtraceTask(int tid, int tgid, PtraceSource source) {
        this.tid = tid;
        this.tgid = tgid;
        this.source = source;
    }

    boolean isProcess() {
        return tid == tgid;
    }

    boolean isRoot() {
        return tid == source.rootPid();
    }
}
