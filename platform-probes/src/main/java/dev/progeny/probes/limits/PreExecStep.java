package dev.progeny.probes.limits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launched process does to itself between spawn and exec: enter cgroups (each
 * {@code cgroup.procs} file gets its pid, so nothing the command runs is ever outside them) and
 * run commands that set per-process limits ({@code ulimit}, FreeBSD {@code rctl -a}). Done by a
 * {@code /bin/sh} wrapper that then execs the command; any failure exits 125 before the command
 * runs. The commands are built by Progeny's planners from checked numbers, never from user text.
 * Any POSIX OS. Immutable.
 *
 * @param join     {@code cgroup.procs} files to write the process's own pid to, in order
 * @param commands shell commands run after joining, each of which must succeed
 * @param execVia  a command that runs the command in turn (e.g. {@code systemd-run … --}), or empty
 */
public record PreExecStep(List<Path> join, List<String> commands, List<String> execVia) {

    public static final PreExecStep NONE = new PreExecStep(List.of(), List.of());

    public PreExecStep(List<Path> join, List<String> commands) {
        this(join, commands, List.of());
    }

    /** Joins {@code $1}..{@code $n} (n is the first argument), runs the commands, then execs the rest. */
    private static final String JOIN = "n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1\" || exit 125;"
            + " shift; n=$((n-1)); done; ";

    /** The wrapper's {@code $0}: the name its complaints start with. */
    private static final String ZERO = "progeny";

    public PreExecStep {
        join = List.copyOf(join);
        commands = List.copyOf(commands);
        execVia = List.copyOf(execVia);
    }

    public boolean isEmpty() {
        return join.isEmpty() && commands.isEmpty() && execVia.isEmpty();
    }

    /** This step followed by {@code other}'s (whose {@code execVia}, if any, wins). */
    public PreExecStep then(PreExecStep other) {
        List<Path> j = new ArrayList<>(join);
        j.addAll(other.join);
        List<String> c = new ArrayList<>(commands);
        c.addAll(other.commands);
        return new PreExecStep(j, c, other.execVia.isEmpty() ? execVia : other.execVia);
    }

    /**
     * The argv for {@code /bin/sh} that does this step and then execs {@code executable} with
     * {@code args}. The shell's {@code $0} is "progeny", the name its complaints start with.
     */
    public List<String> shellArgv(String executable, List<String> args) {
        StringBuilder script = new StringBuilder(JOIN);
        commands.forEach(c -> script.append(c).append(" || exit 125; "));
        script.append("exec \"$@\"");
        List<String> argv = new ArrayList<>(List.of("sh", "-c", script.toString(), ZERO, Integer.toString(join.size())));
        join.forEach(p -> argv.add(p.toString()));
        argv.addAll(execVia);
        argv.add(executable);
        argv.addAll(args);
        return argv;
    }

    /**
     * Whether {@code argv}, as the process table shows a launch's root, is this wrapper around
     * {@code command} (read before the wrapper has exec'd the command): so a view can show the
     * command instead of the wrapper.
     */
    public static boolean wraps(List<String> argv, List<String> command) {
        if (argv.size() < 6 || command.isEmpty() || !argv.get(1).equals("-c") || !argv.get(2).startsWith(JOIN)
                || !argv.get(3).equals(ZERO)) {
            return false;
        }
        List<String> args = command.subList(1, command.size());
        return argv.size() >= 6 + args.size() && argv.subList(argv.size() - args.size(), argv.size()).equals(args);
    }
}
