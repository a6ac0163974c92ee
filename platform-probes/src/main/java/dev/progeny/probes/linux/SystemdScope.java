package dev.progeny.probes.linux;

import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where Progeny has no writable cgroup but the user's systemd manager runs, it asks that manager
 * for a transient, delegated scope per launch: the wrapper shell execs {@code systemd-run --user
 * --scope -p Delegate=yes -p MemoryMax=… --} before the command, and systemd-run moves itself
 * into the new scope before it execs the command (docs/decisions/0015). The properties bound the
 * whole launch. Linux with systemd; never run on this machine (no systemd): only the command
 * lines and the decision are tested. Stateless and thread-safe.
 */
final class SystemdScope {
    static final Path SYSTEMD_RUN = Path.of("/usr/bin/systemd-run");
    static final Path SYSTEMCTL = Path.of("/usr/bin/systemctl");

    private SystemdScope() {
    }

    /** Why no user manager can be asked, or empty when one can: its private socket and systemd-run exist. */
    static Optional<String> whyNot(Map<String, String> env, Predicate<Path> exists) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime == null || runtime.isBlank()) {
            return Optional.of("no systemd user manager (XDG_RUNTIME_DIR is not set)");
        }
        if (!exists.test(Path.of(runtime, "systemd", "private"))) {
            return Optional.of("no systemd user manager (no " + Path.of(runtime, "systemd", "private") + ")");
        }
        return exists.test(SYSTEMD_RUN) ? Optional.empty() : Optional.of("no " + SYSTEMD_RUN);
    }

    static Optional<String> whyNot() {
        return whyNot(System.getenv(), Files::exists);
    }

    /** The property that holds {@code kind} in a scope (systemd.resource-control(5)), if any. */
    static Optional<String> property(LimitKind kind) {
        return switch (kind) {
            case MEMORY -> Optional.of("MemoryMax");
            case PROCESSES -> Optional.of("TasksMax");
            case CPU -> Optional.of("CPUQuota");
            case CPU_TIME -> Optional.empty();
        };
    }

    /**
     * For a launch without a cgroup of its own: the kinds in {@code fallback} that a scope can hold
     * move to {@code holds} as held by the scope {@code name}; returns the {@code systemd-run}
     * prefix, or empty when no manager can be asked (then each of those fallbacks says why).
     */
    static List<String> plan(String name, Limits limits, Map<LimitKind, Hold> holds, Map<LimitKind, String> fallback,
                             Supplier<Optional<String>> whyNot) {
        Limits scoped = Limits.NONE;
        for (LimitKind kind : fallback.keySet()) {
            if (property(kind).isPresent()) {
                scoped = scoped.with(kind, limits.values().get(kind));
            }
        }
        if (scoped.isEmpty()) {
            return List.of();
        }
        Optional<String> noScope = whyNot.get();
        if (noScope.isPresent()) {
            scoped.values().keySet().forEach(kind -> fallback.merge(kind, noScope.get(), (a, b) -> a + "; " + b));
            return List.of();
        }
        for (LimitKind kind : scoped.values().keySet()) {
            fallback.remove(kind);
            holds.put(kind, new Hold.SystemdScope(name + ".scope", property(kind).orElseThrow()));
        }
        return command(name, scoped);
    }

    /** {@code systemd-run} up to its {@code --}, for a scope named {@code unit} holding {@code limits}. */
    static List<String> command(String unit, Limits limits) {
        List<String> argv = new ArrayList<>(List.of(SYSTEMD_RUN.toString(), "--user", "--scope", "--quiet", "--collect",
                "--unit=" + unit, "-p", "Delegate=yes"));
        for (LimitKind kind : LimitKind.values()) {
            OptionalLong value = limits.get(kind);
            property(kind).filter(p -> value.isPresent()).ifPresent(p -> {
                argv.addAll(List.of("-p", p + "=" + value(kind, value)));
                if (kind == LimitKind.MEMORY) {
                    argv.addAll(List.of("-p", "MemorySwapMax=0"));
                }
            });
        }
        argv.add("--");
        return argv;
    }

    /** {@code systemctl} setting {@code kind} of a running scope (empty value: no limit). */
    static List<String> change(String unit, LimitKind kind, OptionalLong value) {
        return List.of(SYSTEMCTL.toString(), "--user", "set-property", "--runtime", unit,
                property(kind).orElseThrow() + "=" + value(kind, value));
    }

    /** Runs {@code systemctl} (or any short command); empty when it succeeded, else what went wrong. */
    static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return Optional.of(String.join(" ", command) + " did not finish in 10 s");
            }
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + said);
        } catch (IOException e) {
            return Optional.of("cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while running " + command.getFirst());
        }
    }

    private static String value(LimitKind kind, OptionalLong value) {
        if (value.isEmpty()) {
            // An empty CPUQuota= lifts the quota; the others take "infinity" (systemd.resource-control(5)).
            return kind == LimitKind.CPU ? "" : "infinity";
        }
        return kind == LimitKind.CPU ? value.getAsLong() + "%" : Long.toString(value.getAsLong());
    }
}
