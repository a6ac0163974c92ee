package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.events.ProcessRecord;
import dev.progeny.probes.events.SourceOpening;
import dev.progeny.probes.launch.ExitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The kqueue source over a stand-in kernel that reports what sys/kern/kern_event.c would. */
class KqueueSourceTest {
    private static final int NOTE_EXIT = 0x80000000;
    private static final int NOTE_FORK = 0x40000000;
    private static final int NOTE_EXEC = 0x20000000;
    private static final int NOTE_TRACKERR = 0x2;
    private static final int NOTE_CHILD = 0x4;
    private static final ProcessKey ROOT = new ProcessKey(100, 1000);

    private final FakeKqueueLibc kernel = new FakeKqueueLibc();
    private final Map<Integer, ProcessInfo> processes = new ConcurrentHashMap<>();
    private final ProcessHistory history = new ProcessHistory();

    private EventSource open() {
        processes.put(100, ProcessInfo.builder(100).startTime(1000).argv(List.of("sh", "build.sh")).build());
        SourceOpening opening = KqueueSource.open(kernel, () -> new Snapshot(Instant.now(), processes.values()),
                pid -> Optional.ofNullable(processes.get(pid)));
        EventSource source = ((SourceOpening.Opened) opening).source();
        source.start(history);
        history.launchStarted("L", ROOT);
        source.follow(ROOT);
        return source;
    }

    private List<ProcessRecord> launch() {
        return history.view().launch("L").records();
    }

    @Test
    void followsTheRootsDescendantsWithTheirProgramsAndExitStatuses() {
        try (EventSource source = open()) {
            assertThat(kernel.changes).singleElement().isEqualTo(new FakeKqueueLibc.Change(100, (short) -5,
                    0x1 | 0x4 | 0x20, 0x1 | NOTE_FORK | NOTE_EXEC | NOTE_EXIT));
            processes.put(101, ProcessInfo.builder(101).ppid(100).startTime(1001).name("make").argv(List.of("make", "-j2")).build());
            kernel.report(100, NOTE_FORK, 0);
            kernel.report(101, NOTE_CHILD, 100);
            kernel.report(101, NOTE_EXEC, 0);
            kernel.report(102, NOTE_CHILD, 101);
            kernel.report(102, NOTE_EXIT, 9);
            kernel.report(101, NOTE_EXIT, 0x0300);

            await().atMost(Duration.ofSeconds(10)).until(() -> launch().size() == 3 && launch().get(1).ended());
            assertThat(launch()).extracting(r -> r.key().pid()).containsExactly(100, 101, 102);
            assertThat(launch().get(1).argv()).containsExactly("make", "-j2");
            assertThat(launch().get(1).key().startTime()).isEqualTo(1001);
            assertThat(launch()).extracting(r -> r.status().orElse(null))
                    .containsExactly(null, new ExitStatus.Exited(3), new ExitStatus.Killed(9, false));
            assertThat(launch().get(2).parent()).contains(new ProcessKey(101, 1001));
        }
        assertThat(kernel.closed).isTrue();
    }

    @Test
    void aChildThatCouldNotBeFollowedIsALossFoundAndFollowedByReadingTheTable() {
        try (EventSource source = open()) {
            processes.put(103, ProcessInfo.builder(103).ppid(100).startTime(1003).argv(List.of("cc")).build());
            kernel.report(100, NOTE_FORK | NOTE_TRACKERR, 0);

            await().atMost(Duration.ofSeconds(10)).until(() -> launch().size() == 2);
            assertThat(history.view().losses().lastWhy()).contains("NOTE_TRACKERR");
            assertThat(launch().get(1).argv()).containsExactly("cc");
            assertThat(launch().get(1).birthSeen()).isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> kernel.changes.size() == 2);
            assertThat(kernel.changes.get(1).ident()).isEqualTo(103);
        }
    }
}
