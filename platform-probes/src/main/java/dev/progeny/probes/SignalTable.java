package dev.progeny.probes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One OS's signal numbers. Each OS package defines exactly one instance; nothing else in
 * Progeny hard-codes a signal number. Immutable and thread-safe.
 */
public final class SignalTable {
    private final String os;
    private final Map<Signal, Integer> numbers;
    private final Map<Integer, Signal> signals = new HashMap<>();

    public SignalTable(String os, Map<Signal, Integer> numbers) {
        this.os = os;
        this.numbers = new EnumMap<>(numbers);
        numbers.forEach((signal, number) -> signals.putIfAbsent(number, signal));
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
}
