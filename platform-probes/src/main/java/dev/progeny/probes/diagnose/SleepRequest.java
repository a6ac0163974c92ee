package dev.progeny.probes.diagnose;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a process in nanosleep or clock_nanosleep keeps its request, and what the request says
 * once its {@code struct timespec} (two 64-bit little-endian words on x86-64 and aarch64: seconds,
 * nanoseconds) has been read from the process's memory. Immutable.
 *
 * @param address  the {@code req} pointer
 * @param clock    the clock id (nanosleep sleeps on CLOCK_MONOTONIC, 1)
 * @param absolute TIMER_ABSTIME (1) was set: the timespec is a deadline on {@code clock}
 */
public record SleepRequest(long address, int clock, boolean absolute) {
    public static final int TIMESPEC_BYTES = 16;
    private static final int CLOCK_MONOTONIC = 1;
    private static final int TIMER_ABSTIME = 1;

    /** The request of a sleeping call, or empty for any other call. */
    public static Optional<SleepRequest> of(SyscallLine.InCall line, Syscall call) {
        return switch (call) {
            case NANOSLEEP -> Optional.of(new SleepRequest(line.arg(0), CLOCK_MONOTONIC, false));
            case CLOCK_NANOSLEEP -> Optional.of(new SleepRequest(line.arg(2), line.intArg(0),
                    (line.arg(1) & TIMER_ABSTIME) != 0));
            default -> Optional.empty();
        };
    }

    /**
     * The sleep's length: the requested one, or for a deadline what is left of it.
     *
     * @param timespec the 16 bytes at {@link #address()}
     * @param nowNanos {@link #clock()}'s time now, for a deadline
     */
    public Optional<Duration> length(byte[] timespec, long nowNanos) {
        if (timespec.length < TIMESPEC_BYTES) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(timespec).order(ByteOrder.LITTLE_ENDIAN);
        long sec = b.getLong(0);
        long nsec = b.getLong(8);
        if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
            return Optional.empty();
        }
        Duration requested = Duration.ofSeconds(sec, nsec);
        if (!absolute) {
            return Optional.of(requested);
        }
        Duration left = requested.minusNanos(nowNanos);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
}
