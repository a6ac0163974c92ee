package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import java.util.List;
import java.util.Optional;

/**
 * The processes an action is aimed at: a scope around the selected process, or a launch's whole
 * family (which needs no live process: its root may have exited). Immutable.
 *
 * @param scope   how far the action reaches
 * @param process the selected process; present for every scope but {@link ActionScope#LAUNCH}
 * @param launch  the launch the process belongs to; present for {@link ActionScope#LAUNCH}
 */
public record ActionTarget(ActionScope scope, Optional<ProcessInfo> process, Optional<Launch> launch) {

    public ActionTarget {
        if (scope == ActionScope.LAUNCH ? launch.isEmpty() : process.isEmpty()) {
            throw new IllegalArgumentException(scope + " needs a " + (scope == ActionScope.LAUNCH ? "launch" : "process"));
        }
    }

    /** A scope around {@code process}; for {@link ActionScope#LAUNCH}, its launch's family. */
    public static ActionTarget around(ActionScope scope, ProcessInfo process, Optional<Launch> launch) {
        return new ActionTarget(scope, Optional.of(process), launch);
    }

    /** The whole family of {@code launch}. */
    public static ActionTarget family(Launch launch) {
        return new ActionTarget(ActionScope.LAUNCH, Optional.empty(), Optional.of(launch));
    }

    /** The pid, group or session id the action is addressed to. */
    public int id() {
        return switch (scope) {
            case PROCESS, TREE -> process.orElseThrow().pid();
            case GROUP -> process.orElseThrow().pgid();
            case SESSION -> process.orElseThrow().sid();
            case LAUNCH -> launch.orElseThrow().pid();
        };
    }

    /** For messages: "process group 1234", "launch 7f3a (sh -c make test)". */
    public String description() {
        return switch (scope) {
            case PROCESS -> "process " + id() + " (" + process.orElseThrow().name() + ")";
            case GROUP -> "process group " + id();
            case SESSION -> "session " + id();
            case TREE -> "the tree of " + id() + " (" + process.orElseThrow().name() + ")";
            case LAUNCH -> "launch " + launch.orElseThrow().id() + " (" + LaunchLabel.of(launch.orElseThrow().spec()) + ")";
        };
    }

    /** The members present in {@code snapshot}. */
    public List<ProcessInfo> members(Snapshot snapshot) {
        return switch (scope) {
            case PROCESS -> snapshot.process(id()).stream().toList();
            case GROUP -> snapshot.groupMembers(id());
            case SESSION -> snapshot.sessionMembers(id());
            case TREE -> snapshot.subtree(id());
            case LAUNCH -> launch.orElseThrow().family().members(snapshot);
        };
    }
}
