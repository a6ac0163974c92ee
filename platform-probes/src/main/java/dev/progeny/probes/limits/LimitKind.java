package dev.progeny.probes.limits;

import java.util.Locale;

/**
 * The resources a launch can be limited in, each with its unit: bytes, processes, percent of one
 * core (150 = 1.5 cores) and seconds of CPU time per process. Any OS. Immutable.
 */
public enum LimitKind {
    /** Memory of the whole launch, in bytes. */
    MEMORY("memory"),
    /** Number of processes (and threads, as the kernel counts them) of the whole launch. */
    PROCESSES("processes"),
    /** A share of the CPU cores for the whole launch, in percent of one core. */
    CPU("cpu"),
    /** CPU time each process may use, in seconds (only setrlimit's RLIMIT_CPU has it). */
    CPU_TIME("cpu time");

    private final String word;

    LimitKind(String word) {
        this.word = word;
    }

    /** The word the user reads: "memory", "processes", "cpu", "cpu time". */
    public String word() {
        return word;
    }

    /**
     * Reads what a user typed: {@code 512M}, {@code 200}, {@code 150%}, {@code 10m}.
     *
     * @throws LimitSyntaxException with a one-line message saying what was expected
     */
    public long parse(String text) {
        return switch (this) {
            case MEMORY -> LimitSyntax.memory(text);
            case PROCESSES -> LimitSyntax.processes(text);
            case CPU -> LimitSyntax.cpu(text);
            case CPU_TIME -> LimitSyntax.cpuTime(text);
        };
    }

    /** The shortest text {@link #parse} reads back: {@code 512M}, {@code 200}, {@code 150%}, {@code 10m}. */
    public String format(long value) {
        return switch (this) {
            case MEMORY -> LimitSyntax.formatBytes(value);
            case PROCESSES -> Long.toString(value);
            case CPU -> value + "%";
            case CPU_TIME -> LimitSyntax.formatSeconds(value);
        };
    }

    /** How the value reads in a sentence: "memory 512M", "200 processes", "cpu 150 % (1.5 cores)". */
    public String describe(long value) {
        return switch (this) {
            case MEMORY -> "memory " + format(value);
            case PROCESSES -> value + (value == 1 ? " process" : " processes");
            case CPU -> "cpu " + value + " % (" + cores(value) + (value == 100 ? " core)" : " cores)");
            case CPU_TIME -> "cpu time " + format(value) + " per process";
        };
    }

    private static String cores(long percent) {
        return percent % 100 == 0 ? Long.toString(percent / 100)
                : String.format(Locale.ROOT, "%.2f", percent / 100.0).replaceFirst("0$", "");
    }
}
