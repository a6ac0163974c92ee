package dev.progeny.probes.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One writer, several readers: every view a reader takes is consistent while the writer summarises. */
class ProcessHistoryConcurrencyTest {
    private static final int PROCESSES = 60_000;

    @Test
    void readersSeeConsistentViewsWhileTheWriterAppendsAndSummarises() throws InterruptedException {
        ProcessHistory history = new ProcessHistory(1_000);
        history.launchStarted("L", new ProcessKey(1, 1));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 2; i < PROCESSES; i++) {
                history.accept(new Fork(i, i, 1, i));
                history.accept(new Exit(i, i, Optional.of(new ExitStatus.Exited(i % 7 == 0 ? 1 : 0)), -1));
            }
        });
        Thread[] readers = new Thread[2];
        for (int t = 0; t < readers.length; t++) {
            readers[t] = Thread.ofPlatform().start(() -> {
                try {
                    int lastStarted = 0;
                    while (writer.isAlive()) {
                        HistoryView view = history.view();
                        LaunchHistory launch = view.launch("L");
                        assertThat(launch.started()).isGreaterThanOrEqualTo(lastStarted);
                        lastStarted = launch.started();
                        long previousBorn = -1;
                        int alive = 0;
                        for (ProcessRecord r : launch.records()) {
                            assertThat(r.launch()).contains("L");
                            assertThat(r.bornSeq).isGreaterThan(previousBorn).isLessThanOrEqualTo(view.seq());
                            previousBorn = r.bornSeq;
                            alive += view.alive(r) ? 1 : 0;
                        }
                        assertThat(alive).isBetween(1, 2); // the root, and at most the one child forked but not yet ended
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        writer.join();
        for (Thread r : readers) {
            r.join();
        }
        assertThat(failure.get()).isNull();
        LaunchHistory launch = history.view().launch("L");
        assertThat(launch.started()).isEqualTo(PROCESSES - 1);
        assertThat(launch.outcomes().total()).isEqualTo(PROCESSES - 2);
        assertThat(launch.records().size()).isLessThanOrEqualTo(1_000);
    }
}
