package dev.progeny.probes.diagnose;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * System call numbers per Linux architecture, for decoding {@code /proc/PID/syscall}.
 * x86-64 from {@code arch/x86/entry/syscalls/syscall_64.tbl} (installed as
 * {@code asm/unistd_64.h}); aarch64 from {@code include/uapi/asm-generic/unistd.h}, which has no
 * poll, select, epoll_wait, pause or open (their p-variants and openat serve instead).
 * Immutable and thread-safe.
 */
public enum SyscallAbi {
    X86_64(Map.ofEntries(
            Map.entry(0, Syscall.READ), Map.entry(1, Syscall.WRITE), Map.entry(2, Syscall.OPEN),
            Map.entry(7, Syscall.POLL), Map.entry(17, Syscall.PREAD64), Map.entry(18, Syscall.PWRITE64),
            Map.entry(19, Syscall.READV), Map.entry(20, Syscall.WRITEV), Map.entry(23, Syscall.SELECT),
            Map.entry(34, Syscall.PAUSE), Map.entry(35, Syscall.NANOSLEEP), Map.entry(42, Syscall.CONNECT),
            Map.entry(43, Syscall.ACCEPT), Map.entry(44, Syscall.SENDTO), Map.entry(45, Syscall.RECVFROM),
            Map.entry(46, Syscall.SENDMSG), Map.entry(47, Syscall.RECVMSG), Map.entry(61, Syscall.WAIT4),
            Map.entry(65, Syscall.SEMOP), Map.entry(70, Syscall.MSGRCV), Map.entry(73, Syscall.FLOCK),
            Map.entry(74, Syscall.FSYNC), Map.entry(75, Syscall.FDATASYNC), Map.entry(128, Syscall.RT_SIGTIMEDWAIT),
            Map.entry(130, Syscall.RT_SIGSUSPEND), Map.entry(202, Syscall.FUTEX), Map.entry(208, Syscall.IO_GETEVENTS),
            Map.entry(220, Syscall.SEMTIMEDOP), Map.entry(230, Syscall.CLOCK_NANOSLEEP),
            Map.entry(232, Syscall.EPOLL_WAIT), Map.entry(247, Syscall.WAITID), Map.entry(257, Syscall.OPENAT),
            Map.entry(270, Syscall.PSELECT6), Map.entry(271, Syscall.PPOLL), Map.entry(275, Syscall.SPLICE),
            Map.entry(276, Syscall.TEE), Map.entry(281, Syscall.EPOLL_PWAIT), Map.entry(288, Syscall.ACCEPT4),
            Map.entry(295, Syscall.PREADV), Map.entry(296, Syscall.PWRITEV), Map.entry(299, Syscall.RECVMMSG),
            Map.entry(307, Syscall.SENDMMSG), Map.entry(327, Syscall.PREADV2), Map.entry(328, Syscall.PWRITEV2),
            Map.entry(426, Syscall.IO_URING_ENTER), Map.entry(441, Syscall.EPOLL_PWAIT2),
            Map.entry(449, Syscall.FUTEX_WAITV))),
    AARCH64(Map.ofEntries(
            Map.entry(4, Syscall.IO_GETEVENTS), Map.entry(22, Syscall.EPOLL_PWAIT), Map.entry(32, Syscall.FLOCK),
            Map.entry(56, Syscall.OPENAT), Map.entry(63, Syscall.READ), Map.entry(64, Syscall.WRITE),
            Map.entry(65, Syscall.READV), Map.entry(66, Syscall.WRITEV), Map.entry(67, Syscall.PREAD64),
            Map.entry(68, Syscall.PWRITE64), Map.entry(69, Syscall.PREADV), Map.entry(70, Syscall.PWRITEV),
            Map.entry(72, Syscall.PSELECT6), Map.entry(73, Syscall.PPOLL), Map.entry(76, Syscall.SPLICE),
            Map.entry(77, Syscall.TEE), Map.entry(82, Syscall.FSYNC), Map.entry(83, Syscall.FDATASYNC),
            Map.entry(95, Syscall.WAITID), Map.entry(98, Syscall.FUTEX), Map.entry(101, Syscall.NANOSLEEP),
            Map.entry(115, Syscall.CLOCK_NANOSLEEP), Map.entry(133, Syscall.RT_SIGSUSPEND),
            Map.entry(137, Syscall.RT_SIGTIMEDWAIT), Map.entry(188, Syscall.MSGRCV), Map.entry(192, Syscall.SEMTIMEDOP),
            Map.entry(193, Syscall.SEMOP), Map.entry(202, Syscall.ACCEPT), Map.entry(203, Syscall.CONNECT),
            Map.entry(206, Syscall.SENDTO), Map.entry(207, Syscall.RECVFROM), Map.entry(211, Syscall.SENDMSG),
            Map.entry(212, Syscall.RECVMSG), Map.entry(242, Syscall.ACCEPT4), Map.entry(243, Syscall.RECVMMSG),
            Map.entry(260, Syscall.WAIT4), Map.entry(269, Syscall.SENDMMSG), Map.entry(286, Syscall.PREADV2),
            Map.entry(287, Syscall.PWRITEV2), Map.entry(426, Syscall.IO_URING_ENTER),
            Map.entry(441, Syscall.EPOLL_PWAIT2), Map.entry(449, Syscall.FUTEX_WAITV)));

    private final Map<Integer, Syscall> byNumber;
    private final Map<Syscall, Integer> byCall = new EnumMap<>(Syscall.class);

    SyscallAbi(Map<Integer, Syscall> byNumber) {
        this.byNumber = byNumber;
        byNumber.forEach((nr, call) -> byCall.put(call, nr));
    }

    /** The call with this number, or empty for one diagnosis has no words for. */
    public Optional<Syscall> call(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The number of {@code call} here, or empty where this architecture lacks it. */
    public Optional<Integer> number(Syscall call) {
        return Optional.ofNullable(byCall.get(call));
    }

    /** The ABI of the running JVM ({@code os.arch}), or empty on an architecture without a table. */
    public static Optional<SyscallAbi> current() {
        return of(System.getProperty("os.arch", ""));
    }

    static Optional<SyscallAbi> of(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of(X86_64);
            case "aarch64", "arm64" -> Optional.of(AARCH64);
            default -> Optional.empty();
        };
    }
}
