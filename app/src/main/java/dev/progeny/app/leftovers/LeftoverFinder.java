package dev.progeny.app.leftovers;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.LaunchFamily;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.MembershipProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an earlier Progeny of this user launched and no Progeny watches now: launches in the
 * journal of a Progeny that is gone (by pid and start time), with whatever of them still lives
 * (by their {@code PROGENY_LAUNCH} tag or their cgroup, and their descendants), and processes whose
 * tag names a launch no journal knows and whose Progeny's pid is not alive. Blocking (reads the
 * process table and processes' environments): call it off the FX thread. Any OS whose platform
 * reads tags ({@link Platform#membership()}); thread-safe.
 */
public final class LeftoverFinder {
    /** A launch id ends with {@code <pid of its Progeny>-<sequence>} (a test's tag may prefix it). */
    private static final Pattern OWNER_PID = Pattern.compile("(\\d+)-\\d+$");

    private final Platform platform;
    private final LaunchJournal journal;
    private final int selfPid;

    public LeftoverFinder(Platform platform, LaunchJournal journal, int selfPid) {
        this.platform = platform;
        this.journal = journal;
        this.selfPid = selfPid;
    }

    /** The leftovers, oldest launch first; forgets journals of gone Progenys that left nothing alive. */
    public List<Leftover> find() throws IOException {
        Snapshot snapshot = platform.processTable().snapshot();
        ProcessInfo self = snapshot.process(selfPid)
                .orElseThrow(() -> new IOException("Progeny's own process is missing from the process table"));
        Set<String> watched = new HashSet<>();
        List<Leftover> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Map.Entry<ProcessKey, List<JournalEntry>> owner : journal.read().entrySet()) {
            if (snapshot.contains(owner.getKey())) {
                owner.getValue().forEach(e -> watched.add(e.id()));
                continue;
            }
            boolean leftSomething = false;
            for (JournalEntry entry : owner.getValue()) {
                Optional<Leftover> left = leftover(entry, snapshot, self);
                if (left.isPresent()) {
                    out.add(left.get());
                    found.add(entry.id());
                    leftSomething = true;
                }
            }
            if (!leftSomething) {
                journal.forget(owner.getKey());
            }
        }
        for (Map.Entry<String, List<ProcessInfo>> untold : untoldTags(snapshot, self, watched, found).entrySet()) {
            ProcessInfo first = untold.getValue().stream().min(Comparator.comparingLong(ProcessInfo::startTime)).orElseThrow();
            leftover(new JournalEntry(untold.getKey(), first.key(), Optional.empty(), first.commandLine()), snapshot, self)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Live processes of this user whose tag no journal explains and whose Progeny's pid is not alive, by tag. */
    private Map<String, List<ProcessInfo>> untoldTags(Snapshot snapshot, ProcessInfo self, Set<String> watched,
                                                      Set<String> found) {
        MembershipProbe probe = platform.membership();
        Map<String, List<ProcessInfo>> out = new LinkedHashMap<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (p.uid() != self.uid() || p.pid() == selfPid || !p.state().isAlive()) {
                continue;
            }
            probe.launchTag(p).id().filter(tag -> !watched.contains(tag) && !found.contains(tag) && !ownerAlive(tag, snapshot))
                    .ifPresent(tag -> out.computeIfAbsent(tag, k -> new ArrayList<>()).add(p));
        }
        return out;
    }

    /** Whether the pid in {@code id} is alive; without a journal that is all there is to go on. */
    private static boolean ownerAlive(String id, Snapshot snapshot) {
        Matcher m = OWNER_PID.matcher(id);
        return m.find() && snapshot.process(Integer.parseInt(m.group(1))).isPresent();
    }

    /**
     * The launch's family as it is now. Its root stands for the launch's group when it still lives;
     * once it is gone its pid may name an unrelated process by now, so the oldest live member stands
     * in (a live process's pid cannot be reused).
     */
    private Optional<Leftover> leftover(JournalEntry entry, Snapshot snapshot, ProcessInfo self) {
        MembershipProbe probe = platform.membership();
        Optional<Container> container = entry.cgroup().filter(Files::isDirectory).map(Container.Cgroup::new);
        Set<Containment> inForce = EnumSet.of(Containment.ENVIRONMENT_TAG);
        container.ifPresent(c -> inForce.add(Containment.CGROUP));
        ProcessKey root = entry.root();
        if (!snapshot.contains(root)) {
            Optional<ProcessInfo> oldest = proven(entry, container, snapshot, probe, self).stream()
                    .min(Comparator.comparingLong(ProcessInfo::startTime));
            if (oldest.isEmpty()) {
                return Optional.empty();
            }
            root = oldest.get().key();
        }
        // Not Progeny's child: whether the root was reaped is unknown, and its key is all there is.
        LaunchFamily family = new LaunchFamily(entry.id(), entry.command(), root, inForce, container, probe,
                new LaunchRegistry(selfPid), () -> false);
        List<ProcessInfo> alive = family.memberships(snapshot).stream().map(Membership::process)
                .filter(p -> p.state().isAlive() && p.uid() == self.uid() && p.pid() != selfPid).toList();
        return alive.isEmpty() ? Optional.empty() : Optional.of(new Leftover(entry, family, alive));
    }

    /** Live processes of this user carrying the launch's tag or in its cgroup. */
    private List<ProcessInfo> proven(JournalEntry entry, Optional<Container> container, Snapshot snapshot,
                                     MembershipProbe probe, ProcessInfo self) {
        Set<Integer> inContainer = new HashSet<>();
        container.ifPresent(c -> inContainer.addAll(probe.containerPids(c)));
        List<ProcessInfo> out = new ArrayList<>();
        for (ProcessInfo p : snapshot.processes()) {
            if (p.uid() == self.uid() && p.state().isAlive() && p.pid() != selfPid
                    && (inContainer.contains(p.pid()) || probe.launchTag(p).id().filter(entry.id()::equals).isPresent())) {
                out.add(p);
            }
        }
        return out;
    }
}
