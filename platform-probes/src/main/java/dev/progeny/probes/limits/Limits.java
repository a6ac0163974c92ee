package dev.progeny.probes.limits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The limits asked for one launch, each kind at most once; a kind that is absent is not limited.
 * Values are in the kind's unit ({@link LimitKind}) and were checked when parsed. Where each one
 * is held (a cgroup, setrlimit, rctl, or nowhere and why) is the platform's answer
 * ({@link AppliedLimits}). Any OS. Immutable.
 */
public record Limits(Map<LimitKind, Long> values) {

    public static final Limits NONE = new Limits(Map.of());

    public Limits {
        EnumMap<LimitKind, Long> copy = new EnumMap<>(LimitKind.class);
        values.forEach((kind, value) -> {
            if (value == null || value < 1) {
                throw new IllegalArgumentException(kind.word() + " limit must be positive: " + value);
            }
            copy.put(kind, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    public OptionalLong get(LimitKind kind) {
        Long value = values.get(kind);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** These limits with {@code kind} set to {@code value}. */
    public Limits with(LimitKind kind, long value) {
        EnumMap<LimitKind, Long> copy = new EnumMap<>(LimitKind.class);
        copy.putAll(values);
        copy.put(kind, value);
        return new Limits(copy);
    }

    /** These limits with {@code kind} not limited. */
    public Limits without(LimitKind kind) {
        EnumMap<LimitKind, Long> copy = new EnumMap<>(LimitKind.class);
        copy.putAll(values);
        copy.remove(kind);
        return new Limits(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** "memory 512M, 200 processes, cpu 150 % (1.5 cores)", or "no limits". */
    public String describe() {
        return isEmpty() ? "no limits" : values.entrySet().stream()
                .map(e -> e.getKey().describe(e.getValue())).collect(Collectors.joining(", "));
    }
}
