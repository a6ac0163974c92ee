package dev.progeny.probes.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.ProcessEvent.Appeared;
import dev.progeny.probes.events.ProcessEvent.Vanished;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSetTest {
    private final LiveSet live = new LiveSet();

    private static Snapshot reading(ProcessInfo... processes) {
        return new Snapshot(Instant.now(), List.of(processes));
    }

    private static ProcessInfo p(int pid, long start) {
        return ProcessInfo.builder(pid).startTime(start).build();
    }

    @Test
    void theFirstReadingAppearsWholeInStartOrder() {
        assertThat(live.sync(reading(p(30, 3), p(10, 1), p(20, 2)), 5))
                .extracting(ProcessEvent::pid).containsExactly(10, 20, 30);
        assertThat(live.size()).isEqualTo(3);
    }

    @Test
    void laterReadingsReportOnlyWhatDiffers() {
        live.sync(reading(p(10, 1), p(20, 2)), 5);
        List<ProcessEvent> events = live.sync(reading(p(10, 1), p(30, 3)), 6);
        assertThat(events).containsExactly(new Vanished(6, new ProcessKey(20, 2)), new Appeared(6, p(30, 3)));
    }

    @Test
    void aReusedPidIsOneVanishedAndOneAppeared() {
        live.sync(reading(p(10, 1)), 5);
        assertThat(live.sync(reading(p(10, 7)), 6))
                .containsExactly(new Vanished(6, new ProcessKey(10, 1)), new Appeared(6, p(10, 7)));
    }

    @Test
    void aZombieHasExited() {
        ProcessInfo zombie = p(10, 1).toBuilder().state(ProcessState.ZOMBIE).build();
        live.sync(reading(p(10, 1)), 5);
        assertThat(live.sync(reading(zombie), 6)).containsExactly(new Vanished(6, new ProcessKey(10, 1)));
        assertThat(live.sync(reading(zombie), 7)).isEmpty();
        assertThat(live.sync(reading(zombie, p(11, 2).toBuilder().state(ProcessState.ZOMBIE).build()), 8))
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("Appeared", "Vanished");
    }

    @Test
    void anExactSourcesBeliefIsComparedAfterALoss() {
        live.forked(10, 1);
        live.forked(20, 2);
        live.exited(20);
        assertThat(live.startTime(10)).isEqualTo(1);
        assertThat(live.sync(reading(p(10, 1), p(40, 4)), 9)).containsExactly(new Appeared(9, p(40, 4)));
    }
}
