package dev.progeny.probes.linux;

import dev.progeny.probes.limits.AppliedLimits;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LaunchLimits;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The limits of one Linux launch: the cgroups that hold them (its own v2 cgroup, and v1 cgroups
 * made for it inside Progeny's own), changed by writing their files, and their counters read for
 * {@link #poll()}. Limits set with setrlimit stay as they were at launch. Linux. Thread-safe.
 */
final class LinuxLaunchLimits implements LaunchLimits {
    private final LimitCgroups cgroups;
    private final LimitCounters counters;
    private AppliedLimits applied;

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
    public synchronized AppliedLimits applied() {
        return applied;
    }

    @Override
    public synchronized AppliedLimits change(Limits wanted) {
        Map<LimitKind, Hold> holds = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            OptionalLong value = wanted.get(kind);
            Optional<Hold> before = Optional.ofNullable(applied.holds().get(kind));
            if (before.filter(h -> h instanceof Hold.Rlimit).isPresent()) {
                if (value.equals(applied.asked().get(kind))) {
                    holds.put(kind, before.get());
                } else if (value.isPresent()) {
                    holds.put(kind, new Hold.NotHeld("setrlimit limits are set at launch and stay as they were"));
                }
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
        return counters.poll(applied.inForce());
    }

    /** The cgroups made for this launch's limits (not its v2 cgroup), for the janitor. */
    List<Path> ownCgroups() {
        return cgroups.v1Directories();
    }

    /** Whether a controller of the launch is in its v2 cgroup ({@code unified}) or in a v1 one. */
    Set<String> controllers() {
        return cgroups.directories().keySet();
    }
}
