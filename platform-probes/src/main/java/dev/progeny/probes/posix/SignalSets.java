package dev.progeny.probes.posix;

/**
 * Builds raw {@code sigset_t} bytes for OSes whose set is an array of little-endian 32-bit
 * words with signal {@code n} at bit {@code n - 1} (FreeBSD sys/sys/_sigset.h: 4 words;
 * macOS: one {@code __uint32_t}; both little-endian on amd64 and arm64). Pure; thread-safe.
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
