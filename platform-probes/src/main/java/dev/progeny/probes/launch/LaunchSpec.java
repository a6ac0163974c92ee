package dev.progeny.probes.launch;

import dev.progeny.probes.limits.Limits;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to launch and how: a value, built by composing small options. Immutable.
 *
 * @param argv         the command and its arguments; {@code argv.get(0)} is looked up in PATH
 *                     when it has no slash
 * @param directory    the working directory, or empty for Progeny's own
 * @param environment  variables added to (or overriding) Progeny's environment
 * @param isolation    new process group or new session
 * @param output       captured or passed through
 * @param containment  the mechanisms to try beyond the group or session (those that cannot be
 *                     had are reported as not in force, never fatal)
 * @param limits       memory, process count and CPU limits (each held where the platform can, and
 *                     reported where it cannot, never fatal)
 * @param traced       record every fork, exec and exit of the launch's processes where the OS
 *                     allows it without privilege (Linux: ptrace); when it cannot, the launch runs
 *                     untraced and says why
 */
public record LaunchSpec(List<String> argv, Optional<Path> directory, Map<String, String> environment,
                         Isolation isolation, OutputMode output, Set<Containment> containment, Limits limits,
                         boolean traced) {

    /** The environment variable that tags every member of a launch. */
    public static final String LAUNCH_TAG = "PROGENY_LAUNCH";

    public LaunchSpec {
        argv = List.copyOf(argv);
        Objects.requireNonNull(directory, "directory");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(output, "output");
        containment = containment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(containment));
        Objects.requireNonNull(limits, "limits");
    }

    /** A spec without limits, untraced. */
    public LaunchSpec(List<String> argv, Optional<Path> directory, Map<String, String> environment,
                      Isolation isolation, OutputMode output, Set<Containment> containment) {
        this(argv, directory, environment, isolation, output, containment, Limits.NONE, false);
    }

    /** A command in a new process group, output captured, every containment mechanism tried. */
    public static LaunchSpec of(List<String> argv) {
        return new LaunchSpec(argv, Optional.empty(), Map.of(), Isolation.PROCESS_GROUP, OutputMode.CAPTURE,
                EnumSet.of(Containment.SUBREAPER, Containment.REAPER, Containment.CGROUP, Containment.ENVIRONMENT_TAG));
    }

    public static LaunchSpec of(String... argv) {
        return of(List.of(argv));
    }

    public LaunchSpec inDirectory(Path dir) {
        return new LaunchSpec(argv, Optional.of(dir), environment, isolation, output, containment, limits, traced);
    }

    public LaunchSpec withEnvironment(String name, String value) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(name, value);
        return new LaunchSpec(argv, directory, env, isolation, output, containment, limits, traced);
    }

    public LaunchSpec withIsolation(Isolation newIsolation) {
        return new LaunchSpec(argv, directory, environment, newIsolation, output, containment, limits, traced);
    }

    public LaunchSpec withOutput(OutputMode newOutput) {
        return new LaunchSpec(argv, directory, environment, isolation, newOutput, containment, limits, traced);
    }

    public LaunchSpec withLimits(Limits newLimits) {
        return new LaunchSpec(argv, directory, environment, isolation, output, containment, newLimits, traced);
    }

    /** The same launch, its processes' every fork, exec and exit recorded (or not). */
    public LaunchSpec traced(boolean record) {
        return new LaunchSpec(argv, directory, environment, isolation, output, containment, limits, record);
    }

    /** Only these mechanisms beyond the group or session (e.g. to test one at a time). */
    public LaunchSpec withContainment(Set<Containment> mechanisms) {
        return new LaunchSpec(argv, directory, environment, isolation, output, mechanisms, limits, traced);
    }
}
