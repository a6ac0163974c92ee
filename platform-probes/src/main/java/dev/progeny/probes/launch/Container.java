package dev.progeny.probes.launch;

import dev.progeny.probes.ProcessKey;
import java.nio.file.Path;

/**
 * What holds exactly one launch's family in the kernel, whatever its members do with their
 * group, session or environment: membership reads it, and the final KILL of an escalation goes
 * to it whole, so no fork can outrun it. Each OS reads and kills the kinds it has (Linux a
 * cgroup, FreeBSD a reaper subtree, macOS none). Immutable.
 */
public sealed interface Container {

    /** Linux: the launch's own cgroup v2 directory, entered before the command runs. */
    record Cgroup(Path directory) implements Container {
    }

    /**
     * FreeBSD: the launch's subtree under Progeny as procctl reaper. A process forked by the
     * root or any of its descendants carries the root's pid as its reaper subtree
     * ({@code p_reapsubtree}, set at fork in sys/kern/kern_fork.c and kept across re-parenting),
     * so the subtree still holds members that left their group, cleared their environment or
     * were orphaned.
     */
    record ReaperSubtree(ProcessKey root) implements Container {
    }
}
