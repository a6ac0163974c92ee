package dev.progeny.probes.freebsd;

/**
 * FreeBSD constants and {@code struct} offsets (amd64 and arm64, LP64), each with its header in
 * freebsd/freebsd-src. Nothing here is shared with another OS, even where a value happens to be
 * equal. Offsets were computed from the field order in the header and checked against
 * {@code KINFO_PROC_SIZE} (see platform-facts.md §4).
 */
public final class FreeBsdConstants {
    // sys/sys/sysctl.h
    public static final int CTL_KERN = 1;
    public static final int KERN_PROC = 14;
    public static final int KERN_PROC_PID = 1;
    public static final int KERN_PROC_ARGS = 7;
    /** One record per process; {@code KERN_PROC_ALL} (0) would give one per thread. */
    public static final int KERN_PROC_PROC = 8;
    public static final int KERN_PROC_ENV = 35;

    // sys/sys/errno.h
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int ENOEXEC = 8;
    public static final int EACCES = 13;
    public static final int ENOTDIR = 20;
    public static final int ENOMEM = 12;
    public static final int EBUSY = 16;

    // include/spawn.h: note SETSIGDEF and SETSIGMASK differ from glibc's 0x04 / 0x08, and
    // there is no POSIX_SPAWN_SETSID at all.
    public static final short POSIX_SPAWN_SETPGROUP = 0x02;
    public static final short POSIX_SPAWN_SETSIGDEF = 0x10;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x20;

    // sys/sys/signal.h: pthread_sigmask(2) how.
    public static final int SIG_BLOCK = 1;
    public static final int SIG_SETMASK = 3;
    // sys/sys/_sigset.h: sigset_t is 4 x uint32, signals 1..128.
    public static final int SIGSET_BYTES = 16;
    public static final int SIGNAL_MAX = 128;
    // sys/sys/signal.h: reserved by libthr; its disposition is not ours to reset.
    public static final int SIGTHR = 32;

    // sys/sys/wait.h
    public static final int WNOHANG = 1;

    // sys/sys/fcntl.h
    public static final int O_RDONLY = 0;

    // sys/sys/wait.h (idtype_t) and sys/sys/procctl.h
    public static final int P_PID = 0;
    public static final int PROC_REAP_ACQUIRE = 2;
    public static final int PROC_REAP_RELEASE = 3;
    public static final int PROC_REAP_STATUS = 4;
    public static final int PROC_REAP_GETPIDS = 5;
    public static final int PROC_REAP_KILL = 6;
    public static final int REAPER_STATUS_OWNED = 0x1;
    public static final int REAPER_STATUS_REALINIT = 0x2;
    public static final int REAPER_PIDINFO_VALID = 0x1;
    public static final int REAPER_PIDINFO_CHILD = 0x2;
    public static final int REAPER_PIDINFO_REAPER = 0x4;
    /** Set only by newer kernels (first release unverified); older ones leave it 0. */
    public static final int REAPER_PIDINFO_ZOMBIE = 0x8;
    public static final int REAPER_PIDINFO_STOPPED = 0x10;
    public static final int REAPER_PIDINFO_EXITING = 0x20;
    public static final int REAPER_KILL_CHILDREN = 0x1;
    public static final int REAPER_KILL_SUBTREE = 0x2;
    public static final int REAPER_STATUS_SIZE = 80;
    public static final int REAPER_PIDINFO_SIZE = 72;
    public static final int REAPER_PIDS_SIZE = 72;
    public static final int REAPER_PIDS_ARRAY_OFFSET = 64;
    public static final int REAPER_KILL_SIZE = 80;

    // sys/sys/proc.h: ki_stat values.
    public static final int SIDL = 1;
    public static final int SRUN = 2;
    public static final int SSLEEP = 3;
    public static final int SSTOP = 4;
    public static final int SZOMB = 5;
    public static final int SWAIT = 6;
    public static final int SLOCK = 7;

    // sys/sys/user.h struct kinfo_proc; size from sys/{amd64,arm64}/include/proc.h.
    public static final int KINFO_PROC_SIZE = 1088;
    public static final int KI_STRUCTSIZE = 0;
    public static final int KI_PID = 72;
    public static final int KI_PPID = 76;
    public static final int KI_PGID = 80;
    public static final int KI_TPGID = 84;
    public static final int KI_SID = 88;
    public static final int KI_RUID = 172;
    /** {@code segsz_t ki_rssize}, in pages. */
    public static final int KI_RSSIZE = 264;
    /** {@code uint64_t ki_runtime}, real time used, microseconds. */
    public static final int KI_RUNTIME = 328;
    /** {@code struct timeval ki_start}: tv_sec (8 bytes) then tv_usec (8 bytes), wall clock. */
    public static final int KI_START = 336;
    public static final int KI_STAT = 388;
    /** {@code char ki_comm[COMMLEN + 1]}, COMMLEN = 19. */
    public static final int KI_COMM = 447;
    public static final int KI_COMM_LEN = 20;
    /** {@code dev_t ki_tdev}, 64-bit since FreeBSD 12; NODEV (all ones) when there is no tty. */
    public static final int KI_TDEV = 560;
    public static final int KI_NUMTHREADS = 596;
    /** NO_PID, sys/sys/proc.h: what ki_tpgid holds without a controlling terminal. */
    public static final int NO_PID = 100000;

    // sys/sys/user.h struct kinfo_proc: what the first thread sleeps on (diagnosis). Offsets
    // computed like the ones above: ki_wchan is the pointer just before ki_pid; ki_wmesg and
    // ki_lockname sit between ki_tdname (394, 17 bytes) and ki_comm (447).
    /** {@code const void *ki_wchan}: the address slept on, 0 when not asleep. */
    public static final int KI_WCHAN = 64;
    /** {@code long ki_flag}: P_* flags (sys/sys/proc.h). */
    public static final int KI_FLAG = 368;
    public static final long P_PPWAIT = 0x00010;
    public static final long P_TRACED = 0x00800;
    /** {@code long ki_kiflag}: KI_LOCKBLOCK, blocked on a kernel lock named in ki_lockname. */
    public static final int KI_KIFLAG = 376;
    public static final long KI_LOCKBLOCK = 0x4;
    /** {@code char ki_wmesg[WMESGLEN + 1]}, WMESGLEN = 8: the sleep's message ("piperd", "wait"). */
    public static final int KI_WMESG = 411;
    public static final int KI_WMESG_LEN = 9;
    /** {@code char ki_lockname[LOCKNAMELEN + 1]}, LOCKNAMELEN = 8. */
    public static final int KI_LOCKNAME = 438;
    public static final int KI_LOCKNAME_LEN = 9;
    /** {@code int ki_jid}: the jail, 0 outside any. */
    public static final int KI_JID = 592;
    /** {@code long ki_tdflags}: TDF_SINTR set when the sleep can be interrupted (ps shows D otherwise). */
    public static final int KI_TDFLAGS = 1080;
    public static final long TDF_SINTR = 0x00000008;

    private FreeBsdConstants() {
    }
}
