package dev.progeny.probes.posix;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalSender;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every OS's launch does the same way: waiting on the root's {@link RootStatus}, and
 * signalling the launch's group through the platform's guarded {@link SignalSender}.
 * Subclasses reap the root (each its own way) into {@link #exit}. Thread-safe.
 */
public abstract class RootExitLaunch implements Launch {
    protected final RootStatus exit;
    private final SignalSender sender;
    private final ProcessTable table;

    protected RootExitLaunch(RootStatus exit, SignalSender sender, ProcessTable table) {
        this.exit = exit;
        this.sender = sender;
        this.table = table;
    }

    @Override
    public Delivery signalGroup(Signal signal) {
        int pgid = root().pid();
        if (exit.now().isEmpty()) {
            Delivery viaRoot = sender.sendToGroup(root(), pgid, GroupOwner.LAUNCH, List.of(signal)).getFirst();
            if (viaRoot.outcome() != Delivery.Outcome.GONE) {
                return viaRoot;
            }
        }
        // The root has ended: a live member still in its group vouches for the group, one whose
        // membership something other than that group number proves (the number may be reused).
        Snapshot snapshot;
        try {
            snapshot = table.snapshot();
        } catch (IOException e) {
            return new Delivery(root(), Delivery.Scope.GROUP, signal, Instant.now(), Delivery.Outcome.FAILED,
                    "cannot read the process table to find a member of group " + pgid + ": " + e.getMessage());
        }
        Optional<ProcessKey> member = family().memberships(snapshot).stream()
                .filter(m -> m.process().pgid() == pgid && m.process().state().isAlive() && provenApartFromTheGroup(m))
                .map(m -> m.process().key()).findFirst();
        if (member.isEmpty()) {
            return new Delivery(root(), Delivery.Scope.GROUP, signal, Instant.now(), Delivery.Outcome.GONE,
                    "no live member is left in process group " + pgid);
        }
        return sender.sendToGroup(member.get(), pgid, GroupOwner.LAUNCH, List.of(signal)).getFirst();
    }

    private static boolean provenApartFromTheGroup(Membership m) {
        return m.reasons().stream().anyMatch(r -> switch (r) {
            case TREE, LINEAGE, CGROUP, REAPER_SUBTREE, ENVIRONMENT_TAG -> true;
            // The group and session numbers are what is in doubt; adoption is a guess.
            case PROCESS_GROUP, SESSION, ADOPTED -> false;
        });
    }

    @Override
    public Optional<ExitStatus> exitStatus() {
        return exit.now();
    }

    @Override
    public ExitStatus waitFor() throws InterruptedException {
        return exit.await();
    }

    @Override
    public Optional<ExitStatus> waitFor(Duration timeout) throws InterruptedException {
        return exit.await(timeout);
    }
}
