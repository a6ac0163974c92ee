package dev.progeny.probes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One OS's signal numbers. Each OS package defines exactly one instance; nothing else in
 * Progeny hard-codes a signal number. Immutable and thread-safe.
 */
public final class SignalTable {
    /** {@code RTMIN}, {@code SIGRTMAX-1}, {@code rtmin+2}: how shells and kill(1) name real-time signals. */
    private static final Pattern REAL_TIME_NAME = Pattern.compile("(?i)(SIG)?RTM(IN|AX)([+-]\\d+)?");

    private final String os;
    private final Map<Signal, Integer> numbers;
    private final Map<Integer, Signal> signals = new HashMap<>();
    private final int firstRealTime;
    private final int lastRealTime;

    /** A table for an OS without real-time signals. */
    public SignalTable(String os, Map<Signal, Integer> numbers) {
        this(os, numbers, 0, -1);
    }

    /** A table whose real-time signals are {@code firstRealTime..lastRealTime} (Progeny sends none of them). */
    public SignalTable(String os, Map<Signal, Integer> numbers, int firstRealTime, int lastRealTime) {
        this.os = os;
        this.numbers = new EnumMap<>(numbers);
        numbers.forEach((signal, number) -> signals.putIfAbsent(number, signal));
        this.firstRealTime = firstRealTime;
        this.lastRealTime = lastRealTime;
    }

    public String os() {
        return os;
    }

    public int number(Signal signal) {
        Integer n = numbers.get(signal);
        if (n == null) {
            throw new IllegalArgumentException(signal.fullName() + " does not exist on " + os);
        }
        return n;
    }

    /** Whether this OS has {@code signal} (SIGPWR, say, is Linux's only). */
    public boolean has(Signal signal) {
        return numbers.containsKey(signal);
    }

    public Optional<Signal> signal(int number) {
        return Optional.ofNullable(signals.get(number));
    }

    /** Parses a signal given as a name ({@code TERM}, {@code SIGTERM}) or a number ({@code 15}). */
    public Optional<Signal> parse(String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            try {
                return signal(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Signal.byName(t).filter(numbers::containsKey);
    }

    /**
     * Whether {@code text} names a real-time signal, by name ({@code RTMIN+2}) or by a number in
     * this OS's real-time range; {@link #parse} knows none of them, this tells the user why.
     */
    public boolean isRealTime(String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.length() < 10 && t.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(t);
            return n >= firstRealTime && n <= lastRealTime;
        }
        return REAL_TIME_NAME.matcher(t).matches();
    }
}
