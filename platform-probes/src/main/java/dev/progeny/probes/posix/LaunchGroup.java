package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalSender;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A launch's process group, signalled as a whole through the platform's guarded sender and
 * vouched for by a live member: the root while it is unreaped (its pid, the group's id, cannot be
 * reused then), else a member still in the group whose membership something other than that
 * group number proves. With no such member nothing is sent. Every OS. Thread-safe.
 */
final class LaunchGroup {
    private final ProcessKey root;
    private final LaunchFamily family;
    private final RootStatus status;
    private final SignalSender sender;
    private final ProcessTable table;

    LaunchGroup(ProcessKey root, LaunchFamily family, RootStatus status, SignalSender sender, ProcessTable table) {
        this.root = root;
        this.family = family;
        this.status = status;
        this.sender = sender;
        this.table = table;
    }

    Delivery signal(Signal signal) {
        int pgid = root.pid();
        if (status.now().isEmpty()) {
            Delivery viaRoot = sender.sendToGroup(root, pgid, GroupOwner.LAUNCH, List.of(signal)).getFirst();
            if (viaRoot.outcome() != Delivery.Outcome.GONE) {
                return viaRoot;
            }
        }
        Snapshot snapshot;
        try {
            snapshot = table.snapshot();
        } catch (IOException e) {
            return new Delivery(root, Delivery.Scope.GROUP, signal, Instant.now(), Delivery.Outcome.FAILED,
                    "cannot read the process table to find a member of group " + pgid + ": " + e.getMessage());
        }
        Optional<ProcessKey> member = family.memberships(snapshot).stream()
                .filter(m -> m.process().pgid() == pgid && m.process().state().isAlive() && provenApartFromTheGroup(m))
                .map(m -> m.process().key()).findFirst();
        if (member.isEmpty()) {
            return new Delivery(root, Delivery.Scope.GROUP, signal, Instant.now(), Delivery.Outcome.GONE,
                    "no live member is left in process group " + pgid);
        }
        return sender.sendToGroup(member.get(), pgid, GroupOwner.LAUNCH, List.of(signal)).getFirst();
    }

    private static boolean provenApartFromTheGroup(Membership m) {
        return m.reasons().stream().anyMatch(r -> switch (r) {
            case TREE, LINEAGE, CGROUP, REAPER_SUBTREE, ENVIRONMENT_TAG -> true;
            // The group and session numbers are what is in doubt; adoption proves nothing alone.
            case PROCESS_GROUP, SESSION, ADOPTED -> false;
        });
    }
}
