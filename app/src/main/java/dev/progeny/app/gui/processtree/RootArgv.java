package dev.progeny.app.gui.processtree;

import dev.progeny.probes.ProcessInfo;
import java.util.List;

/**
 * The argv to show for a launch's root. Where the launch has a cgroup (Linux), the root starts as
 * Progeny's wrapper, {@code sh -c SCRIPT progeny CGROUP/cgroup.procs EXECUTABLE ARGS...}, which
 * enters the cgroup and then execs the command; a reading taken before that exec (and kept by the
 * process table while the program's name stays {@code sh}) shows the wrapper. Until the launch
 * itself tells its command's argv, the launch's own argv stands in for such a reading. Pure.
 */
public final class RootArgv {
    /** sh, -c, script, $0, cgroup.procs path, executable: the words before the command's arguments. */
    private static final int WRAPPER_WORDS = 6;

    private RootArgv() {
    }

    /** {@code root}'s argv, or {@code launchArgv} when the reading is the cgroup wrapper around it. */
    public static List<String> shown(ProcessInfo root, List<String> launchArgv) {
        List<String> argv = root.argv();
        boolean wrapper = !launchArgv.isEmpty() && argv.size() == launchArgv.size() + WRAPPER_WORDS - 1
                && argv.get(1).equals("-c") && argv.get(3).equals("progeny") && argv.get(4).endsWith("/cgroup.procs")
                && argv.subList(WRAPPER_WORDS, argv.size()).equals(launchArgv.subList(1, launchArgv.size()));
        return wrapper ? launchArgv : argv;
    }
}
