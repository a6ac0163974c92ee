package dev.progeny.probes.linux;

/** Linux-only constants, each with its source. */
public final class LinuxConstants {
    /** {@code sysconf(_SC_CLK_TCK)}: glibc bits/confname.h. */
    public static final int SC_CLK_TCK = 2;
    /** {@code sysconf(_SC_PAGESIZE)}: glibc bits/confname.h. */
    public static final int SC_PAGESIZE = 30;
    /** sys/resource.h (asm-generic/resource.h): the open-descriptor limit; struct rlimit is {rlim_cur, rlim_max}, two u64. */
    public static final int RLIMIT_NOFILE = 7;

    /** {@code pidfd_send_signal}, x86-64 and aarch64 alike (asm-generic/unistd.h); Linux 5.1. */
    public static final long SYS_PIDFD_SEND_SIGNAL = 424;
    /** {@code pidfd_open}, x86-64 and aarch64 alike (asm-generic/unistd.h); Linux 5.3. */
    public static final long SYS_PIDFD_OPEN = 434;
    /** {@code pidfd_send_signal} flag: signal the target's whole process group (linux/pidfd.h); Linux 6.9. */
    public static final long PIDFD_SIGNAL_PROCESS_GROUP = 4;
    /** {@code waitpid} option: return at once if no child has changed state (bits/waitflags.h). */
    public static final int WNOHANG = 1;

    private LinuxConstants() {
    }
}
