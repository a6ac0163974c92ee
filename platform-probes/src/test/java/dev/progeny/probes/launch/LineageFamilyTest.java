package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lineage across snapshots, as macOS needs it (no reaper), on hand-built snapshots. */
class LineageFamilyTest {
    private static final int SHELL_SESSION = 50;

    private static ProcessInfo proc(int pid, int ppid, int pgid, int sid) {
        return new ProcessInfo(pid, ppid, pgid, sid, 0, -1, ProcessState.SLEEPING, 501, pid * 10L, pid,
                "p" + pid, List.of(), 1, 0, 0);
    }

    private static Snapshot snapshot(ProcessInfo... processes) {
        List<ProcessInfo> all = new ArrayList<>(List.of(proc(1, 0, 1, 1), proc(50, 1, 50, 50)));
        all.addAll(List.of(processes));
        return new Snapshot(Instant.EPOCH, all);
    }

    private static LineageFamily family(Isolation isolation, Set<Integer> taggedPids, AtomicInteger tagReads) {
        return new LineageFamily("launch t", new ProcessKey(100, 1000), isolation, Set.of(1), p -> {
            tagReads.incrementAndGet();
            return taggedPids.contains(p.pid());
        });
    }

    @Test
    void theGroupAndAllDescendantsBelong() {
        LineageFamily f = family(Isolation.PROCESS_GROUP, Set.of(), new AtomicInteger());

        List<ProcessInfo> members = f.members(snapshot(
                proc(100, 50, 100, SHELL_SESSION),
                proc(101, 100, 100, SHELL_SESSION),
                proc(102, 101, 102, SHELL_SESSION),   // changed group, still a descendant
                proc(200, 50, 200, SHELL_SESSION)));  // a sibling launch of the shell

        assertThat(members).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 101, 102);
    }

    @Test
    void aDoubleForkedEscapeeIsRememberedAfterItsParentDies() {
        LineageFamily f = family(Isolation.PROCESS_GROUP, Set.of(), new AtomicInteger());
        f.members(snapshot(
                proc(100, 50, 100, SHELL_SESSION),
                proc(101, 100, 100, SHELL_SESSION),
                proc(102, 101, 102, 102)));            // setsid'd daemon-to-be

        List<ProcessInfo> later = f.members(snapshot(
                proc(100, 50, 100, SHELL_SESSION),
                proc(102, 1, 102, 102),                // 101 exited: 102 now belongs to launchd
                proc(103, 102, 102, 102)));            // and has a child of its own

        assertThat(later).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 102, 103);
    }

    @Test
    void anOrphanNeverSeenBeforeIsFoundByItsTagAndReadOnlyOnce() {
        AtomicInteger reads = new AtomicInteger();
        LineageFamily f = family(Isolation.PROCESS_GROUP, Set.of(300), reads);
        Snapshot s = snapshot(
                proc(100, 50, 100, SHELL_SESSION),
                proc(300, 1, 300, 300),                // escaped between two snapshots
                proc(301, 1, 301, 301));               // someone else's daemon

        assertThat(f.members(s)).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 300);
        int firstReads = reads.get();
        assertThat(f.members(s)).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 300);
        assertThat(firstReads).as("children of launchd: the shell 50, 300 and 301").isEqualTo(3);
        assertThat(reads).as("each orphan's environment is read once, not every refresh").hasValue(3);
    }

    @Test
    void aSessionLaunchTakesTheWholeSession() {
        LineageFamily f = family(Isolation.SESSION, Set.of(), new AtomicInteger());

        List<ProcessInfo> members = f.members(snapshot(
                proc(100, 50, 100, 100),
                proc(110, 1, 110, 100),                // another group of the same session
                proc(200, 50, 100, SHELL_SESSION)));   // same pgid number, other session

        assertThat(members).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 110);
    }

    @Test
    void aReusedPidIsNotAMember() {
        LineageFamily f = family(Isolation.PROCESS_GROUP, Set.of(), new AtomicInteger());
        f.members(snapshot(proc(100, 50, 100, SHELL_SESSION), proc(101, 100, 100, SHELL_SESSION)));

        ProcessInfo reused = new ProcessInfo(101, 1, 101, 101, 0, -1, ProcessState.SLEEPING, 501, 999_999L, 0,
                "other", List.of(), 1, 0, 0);
        List<ProcessInfo> later = f.members(snapshot(proc(100, 50, 100, SHELL_SESSION), reused));

        assertThat(later).extracting(ProcessInfo::pid).containsExactly(100);
    }
}
