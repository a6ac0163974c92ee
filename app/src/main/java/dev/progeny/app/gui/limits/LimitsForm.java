package dev.progeny.app.gui.limits;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.LimitSyntaxException;
import dev.progeny.probes.limits.Limits;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits form's fields as text, read the way {@code progeny run} reads its options, and the
 * presets offered beside it. Pure; every OS.
 */
public final class LimitsForm {

    /** A named set of limits the launch bar offers in one click. */
    public record Preset(String name, Limits limits) {
    }

    /** Sizes for a test run, a build and a heavy job; each can be changed on the running launch. */
    public static final List<Preset> PRESETS = List.of(
            new Preset("Light", of(1L << 30, 100, 100)),
            new Preset("Medium", of(4L << 30, 500, 200)),
            new Preset("Heavy", of(16L << 30, 2000, 400)));

    private LimitsForm() {
    }

    private static Limits of(long memory, long processes, long cpu) {
        return Limits.NONE.with(LimitKind.MEMORY, memory).with(LimitKind.PROCESSES, processes).with(LimitKind.CPU, cpu);
    }

    /**
     * Reads the fields; a blank field is no limit.
     *
     * @throws LimitSyntaxException naming the field, e.g. "memory: '5X' is not a memory size (…)"
     */
    public static Limits parse(Map<LimitKind, String> fields) {
        Limits out = Limits.NONE;
        for (Map.Entry<LimitKind, String> e : fields.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out = out.with(e.getKey(), e.getKey().parse(text));
            } catch (LimitSyntaxException bad) {
                throw new LimitSyntaxException(e.getKey().word() + ": " + bad.getMessage());
            }
        }
        return out;
    }

    /** The fields that show {@code limits} (blank for the kinds not limited). */
    public static Map<LimitKind, String> fields(Limits limits) {
        Map<LimitKind, String> out = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            out.put(kind, limits.get(kind).stream().mapToObj(kind::format).findFirst().orElse(""));
        }
        return out;
    }
}
