package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessHistory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A tree family read from a recorded history: a descendant re-parented before any reading still counts. */
class TreeFamilyLineageTest {

    @Test
    void aDescendantNoReadingSawUnderItsParentIsStillInTheTree() {
        ProcessHistory history = new ProcessHistory();
        history.accept(new ProcessEvent.Fork(1, 100, 1, 1000));
        history.accept(new ProcessEvent.Fork(2, 200, 100, 1001));
        history.accept(new ProcessEvent.Fork(3, 300, 200, 1002));
        history.accept(new ProcessEvent.Exit(4, 200, Optional.empty(), -1));
        history.accept(new ProcessEvent.Fork(5, 400, 1, 1003));
        TreeFamily family = new TreeFamily(new ProcessKey(100, 1000));
        family.recordedBy(history);

        Snapshot reading = new Snapshot(Instant.now(), List.of(
                ProcessInfo.builder(100).startTime(1000).build(),
                ProcessInfo.builder(300).ppid(1).startTime(1002).build(),
                ProcessInfo.builder(301).ppid(300).startTime(1004).build(),
                ProcessInfo.builder(400).ppid(1).startTime(1003).build()));
        assertThat(family.members(reading)).extracting(ProcessInfo::pid).containsExactlyInAnyOrder(100, 300, 301);
    }
}
