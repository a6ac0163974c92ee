package dev.progeny.app.gui.processtree;

import dev.progeny.app.gui.common.ShellQuote;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The header row of each launch: its command, its launched process, the family's summed CPU and a
 * status that counts members by state ("running, 6 processes, 3 stopped"). The root's last
 * reading is remembered for as long as the launch is listed, so an ended launch keeps its PID,
 * PGID and SID whichever view came in between. Off the FX thread; not thread-safe.
 */
final class LaunchHeaders {
    private final Map<String, ProcessInfo> lastRoot = new HashMap<>();
    private final IntFunction<String> userNames;

    LaunchHeaders(IntFunction<String> userNames) {
        this.userNames = userNames;
    }

    RowData row(RowId id, Snapshot snapshot, LaunchRows launch, List<ProcessInfo> members, double cpuSum) {
        ProcessInfo root = snapshot.process(launch.root().pid()).filter(p -> p.key().equals(launch.root())).orElse(null);
        if (root != null) {
            lastRoot.put(launch.id(), root);
        } else {
            root = lastRoot.get(launch.id());
        }
        String user = root == null ? "" : userNames.apply(root.uid());
        String command = root == null ? ShellQuote.join(launch.argv()) : ShellQuote.join(RootArgv.shown(root, launch.argv()));
        String status = RowId.UNCLAIMED.equals(launch.id()) ? count(members) + byState(members)
                : status(launch.exit(), members);
        return new RowData(id, root, launch.label(), user, cpuSum, Set.of(), status, command);
    }

    /** Forgets launches no longer listed. */
    void retain(Collection<String> launchIds) {
        lastRoot.keySet().retainAll(launchIds);
    }

    /** "running, 6 processes, 3 stopped, 1 zombie"; "exited 0"; "killed by signal 9, 2 processes left". */
    static String status(Optional<ExitStatus> exit, List<ProcessInfo> members) {
        StringBuilder s = new StringBuilder(exit.map(Object::toString).orElse("running"));
        if (exit.isEmpty() || !members.isEmpty()) {
            s.append(", ").append(count(members)).append(exit.isPresent() ? " left" : "");
        }
        return s.append(byState(members)).toString();
    }

    private static String count(List<ProcessInfo> members) {
        return members.size() + (members.size() == 1 ? " process" : " processes");
    }

    /** ", 3 stopped, 1 zombie", or nothing. */
    private static String byState(List<ProcessInfo> members) {
        int stopped = 0;
        int zombies = 0;
        for (ProcessInfo p : members) {
            if (p.state() == ProcessState.STOPPED || p.state() == ProcessState.TRACED) {
                stopped++;
            } else if (p.state() == ProcessState.ZOMBIE) {
                zombies++;
            }
        }
        StringBuilder s = new StringBuilder();
        if (stopped > 0) {
            s.append(", ").append(stopped).append(" stopped");
        }
        if (zombies > 0) {
            s.append(", ").append(zombies).append(zombies == 1 ? " zombie" : " zombies");
        }
        return s.toString();
    }
}
