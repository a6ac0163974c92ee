package dev.progeny.app.gui.details;

import dev.progeny.probes.ProcessDetails;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchSpec;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a launch's containment mechanisms hold one member, judged from what the process shows:
 * still in the launch's group or session, adopted by Progeny (subreaper), in the launch's
 * cgroup, carrying the launch's tag. Pure and thread-safe.
 */
final class CaughtBy {
    private CaughtBy() {
    }

    /**
     * @param inForce     the mechanisms the launch has
     * @param root        the launched process as last seen
     * @param cgroup      the launch's cgroup directory, if it has one
     * @param progenyPid  this app's pid
     */
    static Set<Containment> of(ProcessInfo p, Optional<ProcessDetails> details, String launchId, Set<Containment> inForce,
                               ProcessInfo root, Optional<Path> cgroup, int progenyPid) {
        Set<Containment> out = EnumSet.noneOf(Containment.class);
        if (root != null && inForce.contains(Containment.PROCESS_GROUP) && p.pgid() == root.pgid()) {
            out.add(Containment.PROCESS_GROUP);
        }
        if (root != null && inForce.contains(Containment.SESSION) && p.sid() == root.sid()) {
            out.add(Containment.SESSION);
        }
        if (p.ppid() == progenyPid && (root == null || !p.key().equals(root.key()))) {
            inForce.stream().filter(c -> c == Containment.SUBREAPER || c == Containment.REAPER).forEach(out::add);
        }
        details.ifPresent(d -> {
            if (inForce.contains(Containment.ENVIRONMENT_TAG)
                    && d.environment().orElse(List.of()).contains(LaunchSpec.LAUNCH_TAG + "=" + launchId)) {
                out.add(Containment.ENVIRONMENT_TAG);
            }
            String own = d.cgroup().orElse("/").substring(1);
            if (inForce.contains(Containment.CGROUP) && cgroup.isPresent() && !own.isEmpty() && cgroup.get().endsWith(own)) {
                out.add(Containment.CGROUP);
            }
        });
        return out;
    }
}
