package dev.progeny.probes.freebsd;

import com.sun.jna.Memory;
import com.sun.jna.ptr.LongByReference;
import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.LimitPlan;
import dev.progeny.probes.posix.RlimitPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FreeBSD limits: {@code rctl(8)} rules on the launched process where the kernel has racct on
 * ({@code kern.racct.enable}, a loader tunable) and Progeny may add rules (root only), added by a
 * step of the wrapper shell before exec ({@code rctl -a process:$$:memoryuse:deny=512m}); a
 * process rule is copied to each child at fork, so each process is bounded on its own. Otherwise, and
 * for CPU time, setrlimit with the reason. rctl has no per-launch process count (its
 * {@code maxproc} counts per user, login class or jail). FreeBSD. Thread-safe.
 */
public final class FreeBsdLimitPlanner {
    private static final String RCTL = "/usr/bin/rctl";

    private final FreeBsdLibc libc;

    public FreeBsdLimitPlanner(FreeBsdLibc libc) {
        this.libc = libc;
    }

    /** What holds {@code limits} and the steps that set them in the child; nothing is looked up when none is asked. */
    public LimitPlan plan(Limits limits) {
        if (limits.isEmpty()) {
            return LimitPlan.setAtLaunch(new AppliedLimits(limits, Map.of()), List.of());
        }
        Optional<String> noRctl = whyNoRctl();
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        Map<LimitKind, String> fallback = new EnumMap<>(LimitKind.class);
        List<PreExec> steps = new ArrayList<>();
        limits.values().forEach((kind, value) -> {
            Optional<String> rule = noRctl.isPresent() ? Optional.empty() : rule(kind, value);
            if (rule.isPresent()) {
                holds.put(kind, new Hold.Rctl("process:PID:" + rule.get()));
                // The rule's subject is the wrapper shell itself, which becomes the command.
                steps.add(PreExec.checked(RCTL + " -a \"process:$$:$1\"", rule.get()));
            } else {
                fallback.put(kind, noRctl.orElse(kind == LimitKind.PROCESSES
                        ? "rctl counts processes per user, login class or jail, not per launch" : "rctl has no such rule"));
            }
        });
        RlimitPlan.Result rlimits = RlimitPlan.plan(limits, fallback, "address space");
        holds.putAll(rlimits.holds());
        steps.addAll(rlimits.steps());
        return LimitPlan.setAtLaunch(new AppliedLimits(limits, holds), steps);
    }

    /** The resource, action and amount of the rule for {@code kind}, if rctl has one that denies per process. */
    static Optional<String> rule(LimitKind kind, long value) {
        return switch (kind) {
            case MEMORY -> Optional.of("memoryuse:deny=" + LimitKind.MEMORY.format(value).toLowerCase(Locale.ROOT));
            case CPU -> Optional.of("pcpu:deny=" + value);
            case PROCESSES, CPU_TIME -> Optional.empty();
        };
    }

    /** Why rctl cannot be used here, or empty when it can. */
    Optional<String> whyNoRctl() {
        try (Memory value = new Memory(4)) {
            LongByReference length = new LongByReference(4);
            if (libc.sysctlbyname("kern.racct.enable", value, length, null, 0) != 0) {
                return Optional.of("no rctl: this kernel has no racct (no kern.racct.enable)");
            }
            if (value.getInt(0) == 0) {
                return Optional.of("no rctl: racct is off (set kern.racct.enable=1 in /boot/loader.conf and reboot)");
            }
        }
        int euid = libc.geteuid();
        return euid == 0 ? Optional.empty() : Optional.of("no rctl: adding rules needs root (euid " + euid + ")");
    }
}
