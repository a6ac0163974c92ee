package dev.progeny.probes.linux;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.LimitPlans;
import dev.progeny.probes.limits.Limits;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The limits of one Linux launch: the cgroups that hold them (its own v2 cgroup, and v1 cgroups
 * made for it inside Progeny's own), changed by writing their files, and their counters read for
 * {@link #poll()}. Limits set with setrlimit stay as they were at launch. Linux. Thread-safe:
 * changes and readings of the files take a lock; {@link #applied()} and {@link #bitten()} do not.
 */
final class LinuxLaunchLimits implements LaunchLimits {
    private final LimitCgroups cgroups;
    private final LimitCounters counters;
    private final Map<Class<?>, LimitEvent> bitten = new LinkedHashMap<>();
    /** Written under the lock, read without it (the window reads them on the FX thread). */
    private volatile AppliedLimits applied;
    private volatile List<LimitEvent> bittenView = List.of();

    /**
     * @param cgroups    the launch's cgroups per controller, and why the others have none
     * @param atLaunch   where each limit asked at launch is held (setrlimit ones included)
     * @param rootKilled the launched process, once it has been killed by SIGKILL
     */
    LinuxLaunchLimits(LimitCgroups cgroups, AppliedLimits atLaunch, Supplier<Optional<LimitEvent.Victim>> rootKilled) {
        this.cgroups = cgroups;
        this.applied = atLaunch;
        this.counters = new LimitCounters(cgroups, rootKilled);
    }

    @Override
    public AppliedLimits applied() {
        return applied;
    }

    @Override
    public synchronized AppliedLimits change(Limits wanted) {
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            OptionalLong value = wanted.get(kind);
            Optional<Hold> before = Optional.ofNullable(applied.holds().get(kind));
            if (before.filter(h -> h instanceof Hold.Rlimit).isPresent()) {
                LimitPlans.keptFromLaunch(applied, kind, value).ifPresent(h -> holds.put(kind, h));
                continue;
            }
            if (value.isEmpty() && before.isEmpty()) {
                continue;
            }
            Optional<String> unit = scopeUnit().filter(u -> SystemdScope.property(kind).isPresent());
            Hold hold = unit.isEmpty() ? cgroups.write(kind, value)
                    : SystemdScope.run(SystemdScope.change(unit.get(), kind, value)).<Hold>map(Hold.NotHeld::new)
                            .orElse(new Hold.SystemdScope(unit.get(), SystemdScope.property(kind).orElseThrow()));
            if (value.isPresent()) {
                holds.put(kind, hold);
            }
        }
        applied = new AppliedLimits(wanted, holds);
        return applied;
    }

    /** The systemd scope the launch runs in, if it got one. */
    private Optional<String> scopeUnit() {
        return applied.holds().values().stream().filter(h -> h instanceof Hold.SystemdScope)
                .map(h -> ((Hold.SystemdScope) h).unit()).findFirst();
    }

    @Override
    public synchronized List<LimitEvent> poll() {
        List<LimitEvent> events = counters.poll(applied.inForce());
        events.forEach(e -> bitten.put(e.getClass(), e));
        bittenView = List.copyOf(bitten.values());
        return events;
    }

    @Override
    public List<LimitEvent> bitten() {
        return bittenView;
    }
}
