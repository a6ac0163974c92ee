package dev.progeny.probes.posix;

/**
 * Builds raw {@code sigset_t} bytes where signal {@code n} is bit {@code n - 1} of a little-endian
 * array (glibc: 16 64-bit words; FreeBSD sys/sys/_sigset.h: 4 32-bit words; macOS: one
 * {@code __uint32_t}; all little-endian on amd64 and arm64). Pure; thread-safe.
 */
public final class SignalSets {
    private SignalSets() {
    }

    public static byte[] empty(int sizeBytes) {
        return new byte[sizeBytes];
    }

    /** Every signal from 1 to {@code maxSignal}; KILL and STOP are in it and harmlessly ignored. */
    public static byte[] all(int sizeBytes, int maxSignal) {
        byte[] set = new byte[sizeBytes];
        for (int sig = 1; sig <= maxSignal; sig++) {
            add(set, sig);
        }
        return set;
    }

    /** Every signal from 1 to {@code maxSignal} but {@code except} (those whose disposition cannot or must not be set). */
    public static byte[] allExcept(int sizeBytes, int maxSignal, int... except) {
        byte[] set = new byte[sizeBytes];
        for (int sig = 1; sig <= maxSignal; sig++) {
            add(set, sig);
        }
        for (int sig : except) {
            int bit = sig - 1;
            set[bit / 8] &= (byte) ~(1 << (bit % 8));
        }
        return set;
    }

    public static void add(byte[] set, int signal) {
        int bit = signal - 1;
        if (bit < 0 || bit / 8 >= set.length) {
            throw new IllegalArgumentException("signal " + signal + " does not fit a " + set.length + "-byte set");
        }
        set[bit / 8] |= (byte) (1 << (bit % 8));
    }

    public static boolean contains(byte[] set, int signal) {
        int bit = signal - 1;
        return bit >= 0 && bit / 8 < set.length && (set[bit / 8] & (1 << (bit % 8))) != 0;
    }
}
