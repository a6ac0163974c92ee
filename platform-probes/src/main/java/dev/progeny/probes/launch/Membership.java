package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessInfo;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One member of a launch's family and every reason it counts as one: which containment caught
 * it. Any OS. Immutable.
 */
public record Membership(ProcessInfo process, Set<Reason> reasons) {

    /** How a process was found to belong to a launch. */
    public enum Reason {
        /** A descendant of the launched process in this very snapshot (or the process itself). */
        TREE(null),
        /** Descended from a member seen earlier, since re-parented (to Progeny or to init). */
        LINEAGE(null),
        PROCESS_GROUP(Containment.PROCESS_GROUP),
        SESSION(Containment.SESSION),
        /**
         * A member that came back to Progeny as (sub)reaper when its parent died. Never a reason on
         * its own: adoption does not say which launch an orphan came from, so it is only added to a
         * member that something else proves.
         */
        ADOPTED(Containment.SUBREAPER),
        /** Listed by the FreeBSD procctl reaper under the launch's subtree, wherever it has moved since. */
        REAPER_SUBTREE(Containment.REAPER),
        CGROUP(Containment.CGROUP),
        ENVIRONMENT_TAG(Containment.ENVIRONMENT_TAG);

        private final Containment containment;

        Reason(Containment containment) {
            this.containment = containment;
        }

        /** The containment mechanism behind this reason; empty for plain lineage. */
        public Optional<Containment> containment() {
            return Optional.ofNullable(containment);
        }
    }

    public Membership {
        // An EnumSet keeps the reasons in declaration order, for stable messages.
        reasons = Collections.unmodifiableSet(reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons));
    }

    /** A member that is no longer in the launched process's descendant tree. */
    public boolean escaped() {
        return !reasons.contains(Reason.TREE);
    }

    public boolean caughtBy(Reason reason) {
        return reasons.contains(reason);
    }
}
