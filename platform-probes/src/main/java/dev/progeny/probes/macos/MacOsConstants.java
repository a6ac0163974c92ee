package dev.progeny.probes.macos;

/**
 * macOS constants and {@code struct} offsets (x86_64 and arm64, LP64), each with its header in
 * apple-oss-distributions/xnu. Nothing here is shared with another OS, even where a value happens
 * to be equal. Offsets were computed from the field order and checked against the 648-byte size
 * of {@code struct kinfo_proc} (see platform-facts.md §5).
 */
public final class MacOsConstants {
    // bsd/sys/sysctl.h
    public static final int CTL_KERN = 1;
    public static final int KERN_ARGMAX = 8;
    public static final int KERN_PROC = 14;
    public static final int KERN_PROC_ALL = 0;
    public static final int KERN_PROC_PID = 1;
    public static final int KERN_PROCARGS2 = 49;

    // bsd/sys/errno.h
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int ENOEXEC = 8;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int ENOTDIR = 20;

    // bsd/sys/spawn.h: SETSID (10.15+) and SETPGROUP must not be combined (EPERM).
    public static final short POSIX_SPAWN_SETPGROUP = 0x0002;
    public static final short POSIX_SPAWN_SETSIGDEF = 0x0004;
    public static final short POSIX_SPAWN_SETSIGMASK = 0x0008;
    public static final short POSIX_SPAWN_SETSID = 0x0400;
    /** Every fd not named by a file action is closed in the child (10.7+); there is no closefrom. */
    public static final short POSIX_SPAWN_CLOEXEC_DEFAULT = 0x4000;

    // bsd/sys/signal.h: pthread_sigmask(2) how.
    public static final int SIG_BLOCK = 1;
    public static final int SIG_SETMASK = 3;
    // bsd/sys/_types.h, bsd/sys/signal.h: sigset_t is one uint32, signals 1..31 (NSIG 32).
    public static final int SIGSET_BYTES = 4;
    public static final int SIGNAL_MAX = 31;

    // bsd/sys/wait.h
    public static final int WNOHANG = 1;

    // bsd/sys/errno.h
    public static final int EPERM = 1;

    // bsd/sys/fcntl.h
    public static final int O_RDONLY = 0;

    // bsd/sys/proc.h: p_stat values.
    public static final int SIDL = 1;
    public static final int SRUN = 2;
    public static final int SSLEEP = 3;
    public static final int SSTOP = 4;
    public static final int SZOMB = 5;

    // bsd/sys/sysctl.h struct kinfo_proc = struct extern_proc (296) + struct eproc (352).
    public static final int KINFO_PROC_SIZE = 648;
    /** {@code p_starttime}: tv_sec (8 bytes), tv_usec (int32), wall clock. */
    public static final int P_STARTTIME = 0;
    public static final int P_STARTTIME_USEC = 8;
    public static final int P_STAT = 36;
    public static final int P_PID = 40;
    /** {@code char p_comm[MAXCOMLEN + 1]}, MAXCOMLEN = 16. */
    public static final int P_COMM = 243;
    public static final int P_COMM_LEN = 17;
    public static final int E_PCRED_RUID = 392;
    public static final int E_PPID = 560;
    public static final int E_PGID = 564;
    /** {@code dev_t e_tdev} (int32); NODEV (-1) without a controlling terminal. */
    public static final int E_TDEV = 572;
    public static final int E_TPGID = 576;
    public static final int NODEV = -1;

    // bsd/sys/proc_info.h: proc_pidinfo(2) flavors and what they fill (diagnosis).
    public static final int PROC_PIDTBSDINFO = 3;
    public static final int PROC_PIDTHREADINFO = 5;
    /** {@code struct proc_bsdinfo}: pbi_flags @0, pbi_status @4, pbi_pid @12, pbi_ppid @16, pbi_nfiles @96, pbi_pgid @100. */
    public static final int PROC_BSDINFO_SIZE = 136;
    public static final int PBI_FLAGS = 0;
    public static final int PBI_STATUS = 4;
    public static final int PBI_PID = 12;
    public static final int PBI_PPID = 16;
    public static final int PBI_NFILES = 96;
    public static final int PROC_FLAG_TRACED = 0x2;
    public static final int PROC_FLAG_INEXIT = 0x4;
    /** The parent of a vfork child, waiting for it to exec or exit. */
    public static final int PROC_FLAG_PPWAIT = 0x8;
    /** {@code struct proc_threadinfo}: pth_run_state @24, pth_flags @28, pth_sleep_time @32 (seconds). */
    public static final int PROC_THREADINFO_SIZE = 112;
    public static final int PTH_RUN_STATE = 24;
    public static final int PTH_SLEEP_TIME = 32;
    // osfmk/mach/thread_info.h
    public static final int TH_STATE_RUNNING = 1;
    public static final int TH_STATE_STOPPED = 2;
    public static final int TH_STATE_WAITING = 3;
    public static final int TH_STATE_UNINTERRUPTIBLE = 4;
    public static final int TH_STATE_HALTED = 5;

    private MacOsConstants() {
    }
}
