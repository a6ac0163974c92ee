package dev.progeny.probes.diagnose;

/**
 * The system calls a blocked process is found in that diagnosis can put into words, named as
 * in the kernel, each with what it waits on and which argument says so (the calls' man pages).
 * Numbers differ per architecture: see {@link SyscallAbi}. Immutable.
 */
public enum Syscall {
    READ(Waits.READ), READV(Waits.READ), PREAD64(Waits.READ), PREADV(Waits.READ), PREADV2(Waits.READ),
    WRITE(Waits.WRITE), WRITEV(Waits.WRITE), PWRITE64(Waits.WRITE), PWRITEV(Waits.WRITE), PWRITEV2(Waits.WRITE),
    SPLICE(Waits.SPLICE), TEE(Waits.SPLICE),
    /** poll(fds, nfds, timeout): arg1 counts the descriptors. */
    POLL(Waits.POLL), PPOLL(Waits.POLL),
    /** select(nfds, ...): arg0 is the highest descriptor plus one, not a count. */
    SELECT(Waits.SELECT), PSELECT6(Waits.SELECT),
    EPOLL_WAIT(Waits.EPOLL), EPOLL_PWAIT(Waits.EPOLL), EPOLL_PWAIT2(Waits.EPOLL),
    /** wait4(pid, ...): arg0 is a pid, -1 (any child), 0 or -pgid (a group). */
    WAIT4(Waits.WAIT4),
    /** waitid(idtype, id, ...): P_ALL 0, P_PID 1, P_PGID 2, P_PIDFD 3 (include/uapi/linux/wait.h). */
    WAITID(Waits.WAITID),
    /** nanosleep(req, rem): arg0 points at the requested timespec. */
    NANOSLEEP(Waits.SLEEP),
    /** clock_nanosleep(clock, flags, req, rem): TIMER_ABSTIME (1) in flags makes req a deadline. */
    CLOCK_NANOSLEEP(Waits.SLEEP),
    FUTEX(Waits.FUTEX), FUTEX_WAITV(Waits.FUTEX),
    ACCEPT(Waits.SOCKET), ACCEPT4(Waits.SOCKET), CONNECT(Waits.SOCKET),
    RECVFROM(Waits.SOCKET), RECVMSG(Waits.SOCKET), RECVMMSG(Waits.SOCKET),
    SENDTO(Waits.SOCKET), SENDMSG(Waits.SOCKET), SENDMMSG(Waits.SOCKET),
    PAUSE(Waits.SIGNAL), RT_SIGSUSPEND(Waits.SIGNAL), RT_SIGTIMEDWAIT(Waits.SIGNAL),
    FLOCK(Waits.LOCK),
    FSYNC(Waits.DISK), FDATASYNC(Waits.DISK),
    /** Opening a FIFO blocks until the other end is opened. */
    OPEN(Waits.OPEN), OPENAT(Waits.OPEN),
    MSGRCV(Waits.IPC), SEMOP(Waits.IPC), SEMTIMEDOP(Waits.IPC),
    IO_GETEVENTS(Waits.AIO), IO_URING_ENTER(Waits.AIO);

    /** What a process blocked in the call waits on. */
    public enum Waits { READ, WRITE, SPLICE, POLL, SELECT, EPOLL, WAIT4, WAITID, SLEEP, FUTEX, SOCKET, SIGNAL, LOCK, DISK, OPEN, IPC, AIO }

    private final Waits waits;

    Syscall(Waits waits) {
        this.waits = waits;
    }

    public Waits waits() {
        return waits;
    }

    /** The kernel's name, as strace prints it. */
    public String callName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
