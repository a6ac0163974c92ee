package dev.progeny.app.gui.actions;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Family;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.terminate.GroupFamily;
import dev.progeny.probes.terminate.ProcessFamily;
import dev.progeny.probes.terminate.SessionFamily;
import dev.progeny.probes.terminate.TreeFamily;
import java.util.List;
import java.util.Optional;

/**
 * The processes an action is aimed at, as the one {@link Family} both the confirmation and the
 * action read: a scope around the selected process, or a launch's whole family (which needs no
 * live process: its root may have exited). Immutable.
 *
 * @param scope   how far the action reaches
 * @param process the selected process; present for every scope but {@link ActionScope#LAUNCH}
 * @param family  the processes the action reaches, found the same way the terminator finds them
 */
public record ActionTarget(ActionScope scope, Optional<ProcessInfo> process, Family family) {

    /** A scope around {@code process}; for {@link ActionScope#LAUNCH}, its launch's family. */
    public static ActionTarget around(ActionScope scope, ProcessInfo process, Optional<Launch> launch) {
        Family family = switch (scope) {
            case PROCESS -> new ProcessFamily(process.key(), process.name());
            case TREE -> new TreeFamily(process.key());
            case GROUP -> new GroupFamily(process.pgid());
            case SESSION -> new SessionFamily(process.sid());
            case LAUNCH -> launch.orElseThrow(() -> new IllegalArgumentException("launch needs a launch")).family();
        };
        return new ActionTarget(scope, Optional.of(process), family);
    }

    /** The whole family of {@code launch}. */
    public static ActionTarget family(Launch launch) {
        return new ActionTarget(ActionScope.LAUNCH, Optional.empty(), launch.family());
    }

    /** For messages: "process group 1234", "launch 7f3a (sh -c make test)". */
    public String description() {
        return family.description();
    }

    /** The members present in {@code snapshot}. */
    public List<ProcessInfo> members(Snapshot snapshot) {
        return family.members(snapshot);
    }
}
