package dev.progeny.probes.linux;

/** Linux-only constants, each with its source. */
public final class LinuxConstants {
    /** {@code sysconf(_SC_CLK_TCK)}: glibc bits/confname.h. */
    public static final int SC_CLK_TCK = 2;
    /** {@code sysconf(_SC_PAGESIZE)}: glibc bits/confname.h. */
    public static final int SC_PAGESIZE = 30;

    private LinuxConstants() {
    }
}
