package dev.progeny.probes;

/**
 * The identity of a process: its pid together with its start time, so a pid that the kernel
 * has reused for a new process is never mistaken for the old one. {@code startTime} is in the
 * platform's own units (see {@link ProcessInfo#startTime()}); compare keys only from the same OS.
 */
public record ProcessKey(int pid, long startTime) {
    // Hand-written: these run for every process on every snapshot, and the generated record
    // methods showed up in profiles.
    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessKey k && k.pid == pid && k.startTime == startTime;
    }

    @Override
    public int hashCode() {
        return pid * 31 + Long.hashCode(startTime);
    }

    @Override
    public String toString() {
        return pid + "@" + startTime;
    }
}
