package dev.progeny.app.gui.limits;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How limits read in the window, and how they are kept in the history file (kind name to the
 * text the user would type). Pure; every OS.
 */
public final class LimitsText {
    /** A warning sign, so a bitten limit is never marked by colour alone. */
    public static final String WARNING = "\u26A0 ";
    private static final System.Logger LOG = System.getLogger(LimitsText.class.getName());

    private LimitsText() {
    }

    /** "none", or "512M · 200 processes · cpu 150 %" for a button. */
    public static String brief(Limits limits) {
        if (limits.isEmpty()) {
            return "none";
        }
        return limits.values().entrySet().stream().map(e -> switch (e.getKey()) {
            case MEMORY -> LimitKind.MEMORY.format(e.getValue());
            case CPU -> "cpu " + e.getValue() + " %";
            default -> e.getKey().describe(e.getValue());
        }).collect(Collectors.joining(" \u00B7 "));
    }

    /**
     * What the tree's launch header adds to the command: the limits in force, and a warning for
     * each limit that bit (newest event of each kind). Empty for a launch without limits.
     */
    public static String header(LaunchLimits limits) {
        Limits inForce = limits.applied().inForce();
        String held = inForce.isEmpty() ? "" : "   [" + brief(inForce) + "]";
        String bitten = limits.bitten().stream().map(e -> "   " + WARNING + e.message()).collect(Collectors.joining());
        return held + bitten;
    }

    /**
     * A warning for the launch bar when some limits of a new launch bound each process on its own
     * (setrlimit, rctl) or nothing at all: which, and why.
     */
    public static Optional<String> fallbacks(AppliedLimits applied) {
        List<String> weak = applied.holds().entrySet().stream()
                .filter(e -> e.getValue() instanceof Hold.Rlimit || e.getValue() instanceof Hold.Rctl
                        || e.getValue() instanceof Hold.NotHeld)
                .map(e -> e.getKey().describe(applied.asked().values().get(e.getKey())) + ": " + e.getValue().describe())
                .toList();
        return weak.isEmpty() ? Optional.empty() : Optional.of("Limits not held for the launch as a whole: " + String.join("; ", weak));
    }

    /** The limits as the history file keeps them: {@code {"MEMORY": "512M", ...}}. */
    public static Map<String, String> toSaved(Limits limits) {
        Map<String, String> out = new LinkedHashMap<>();
        limits.values().forEach((kind, value) -> out.put(kind.name(), kind.format(value)));
        return out;
    }

    /** Limits read back from the history file; entries that no longer parse are dropped. */
    public static Limits fromSaved(Map<String, String> saved) {
        Limits out = Limits.NONE;
        if (saved == null) {
            return out;
        }
        for (Map.Entry<String, String> e : saved.entrySet()) {
            try {
                LimitKind kind = LimitKind.valueOf(e.getKey());
                out = out.with(kind, kind.parse(e.getValue()));
            } catch (IllegalArgumentException | NullPointerException e2) {
                // A hand-edited or older file: keep what still reads.
                LOG.log(System.Logger.Level.WARNING, "ignoring saved limit " + e + ": " + e2.getMessage());
            }
        }
        return out;
    }
}
