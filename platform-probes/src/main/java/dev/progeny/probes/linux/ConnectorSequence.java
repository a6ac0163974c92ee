package dev.progeny.probes.linux;

import java.util.Arrays;

/**
 * Finds the gaps in the proc connector's sequence numbers: the kernel numbers events per CPU
 * ({@code cn_msg.seq} from a per-CPU counter, {@code proc_event.cpu} the CPU), so a number
 * skipped on one CPU is an event this socket never got. Pure; Linux semantics; not thread-safe.
 */
final class ConnectorSequence {
    private static final long UNSEEN = -1;
    private long[] last = new long[64];

    ConnectorSequence() {
        forget();
    }

    /** Takes the event numbered {@code seq} on {@code cpu}; returns how many events before it were missed. */
    long missedBefore(int cpu, long seq) {
        if (cpu < 0) {
            return 0;
        }
        if (cpu >= last.length) {
            int old = last.length;
            last = Arrays.copyOf(last, Math.max(cpu + 1, old * 2));
            Arrays.fill(last, old, last.length, UNSEEN);
        }
        long previous = last[cpu];
        last[cpu] = seq;
        // The counter is a u32: a wrap is not a loss, and an older number (never seen so far) none either.
        int missed = (int) (seq - previous - 1);
        return previous == UNSEEN ? 0 : Math.max(0, missed);
    }

    /** After a resynchronisation: numbers seen next start afresh. */
    void forget() {
        Arrays.fill(last, UNSEEN);
    }
}
