package dev.progeny.probes.posix;

import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-process fallback every POSIX system has: {@code setrlimit(2)} in the launched process
 * before exec, as the wrapper shell's {@code ulimit} (dash, bash and FreeBSD sh all take
 * {@code -v} for RLIMIT_AS in KiB and {@code -t} for RLIMIT_CPU in seconds, and set the soft and
 * hard limit together). It bounds each process on its own, never the launch as a whole, and it
 * has no CPU share or per-launch process count: RLIMIT_NPROC counts all of the user's processes.
 * Any OS. Stateless and thread-safe.
 */
public final class RlimitPlan {
    private RlimitPlan() {
    }

    /** Holds and {@code ulimit} steps for some limits; the rest are not held, each with its reason. */
    public record Result(Map<LimitKind, Hold> holds, List<PreExec> steps) {
        public Result {
            holds = Map.copyOf(holds);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Plans {@code kinds} of {@code limits} (those nothing better holds).
     *
     * @param whyNotBetter per kind, why no cgroup or rctl holds it (said beside the fallback)
     * @param memory       RLIMIT_AS as the platform counts it ("address space")
     */
    public static Result plan(Limits limits, Map<LimitKind, String> whyNotBetter, String memory) {
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        List<PreExec> steps = new ArrayList<>();
        whyNotBetter.forEach((kind, why) -> limits.get(kind).ifPresent(value -> {
            switch (kind) {
                case MEMORY -> {
                    holds.put(kind, new Hold.Rlimit("RLIMIT_AS", memory, Optional.of(why)));
                    steps.add(PreExec.checked("ulimit -v \"$1\"", Long.toString(Math.max(1, value / 1024))));
                }
                case CPU_TIME -> {
                    holds.put(kind, new Hold.Rlimit("RLIMIT_CPU", "CPU time", Optional.empty()));
                    steps.add(PreExec.checked("ulimit -t \"$1\"", Long.toString(value)));
                }
                case CPU -> holds.put(kind, new Hold.NotHeld(why
                        + "; setrlimit has no CPU share (RLIMIT_CPU bounds CPU time: --cpu-time)"));
                case PROCESSES -> holds.put(kind, new Hold.NotHeld(why
                        + "; RLIMIT_NPROC counts all of the user's processes, not this launch's"));
            }
        }));
        return new Result(holds, steps);
    }
}
