package dev.progeny.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static ProcessInfo proc(int pid, int ppid, int pgid, int sid, ProcessState state) {
        return ProcessInfo.builder(pid).ppid(ppid).pgid(pgid).sid(sid).state(state).build();
    }

    /*
     * 1 ─┬─ 10 (group 10, session 10) ─┬─ 11 ── 13 (zombie)
     *    │                              └─ 12 (own group 12)
     *    └─ 20 (orphan: came from 10's tree, session 20)
     * 30's parent 99 is not in the table.
     */
    private final Snapshot snapshot = new Snapshot(Instant.EPOCH, List.of(
            proc(1, 0, 1, 1, ProcessState.SLEEPING),
            proc(10, 1, 10, 10, ProcessState.SLEEPING),
            proc(11, 10, 10, 10, ProcessState.RUNNING),
            proc(12, 10, 12, 10, ProcessState.STOPPED),
            proc(13, 11, 10, 10, ProcessState.ZOMBIE),
            proc(20, 1, 20, 20, ProcessState.SLEEPING),
            proc(30, 99, 30, 10, ProcessState.SLEEPING)));

    private static List<Integer> pids(List<ProcessInfo> processes) {
        return processes.stream().map(ProcessInfo::pid).toList();
    }

    @Test
    void indexesByPidAndParent() {
        assertThat(snapshot.size()).isEqualTo(7);
        assertThat(snapshot.process(12)).map(ProcessInfo::state).contains(ProcessState.STOPPED);
        assertThat(snapshot.process(5)).isEmpty();
        assertThat(pids(snapshot.children(10))).containsExactly(11, 12);
        assertThat(snapshot.children(13)).isEmpty();
    }

    @Test
    void descendantsListParentsBeforeChildren() {
        assertThat(pids(snapshot.descendants(10))).containsExactly(11, 12, 13);
        assertThat(pids(snapshot.subtree(10))).containsExactly(10, 11, 12, 13);
        assertThat(snapshot.subtree(404)).isEmpty();
    }

    @Test
    void ancestorsGoUpToTheRoot() {
        assertThat(pids(snapshot.ancestors(13))).containsExactly(11, 10, 1);
        assertThat(snapshot.ancestors(1)).isEmpty();
    }

    @Test
    void groupsSessionsAndZombies() {
        assertThat(pids(snapshot.groupMembers(10))).containsExactly(10, 11, 13);
        assertThat(pids(snapshot.sessionMembers(10))).containsExactly(10, 11, 12, 13, 30);
        assertThat(pids(snapshot.zombies())).containsExactly(13);
    }

    @Test
    void orphansAreChildrenOfInitOrOfAMissingParent() {
        assertThat(pids(snapshot.orphans())).containsExactly(10, 20, 30);
    }

    @Test
    void identityIncludesStartTime() {
        assertThat(snapshot.contains(new ProcessKey(11, 110))).isTrue();
        assertThat(snapshot.contains(new ProcessKey(11, 111))).isFalse();
    }
}
