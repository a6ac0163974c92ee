package dev.progeny.probes.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class EventSourcesTest {
    private static final SourceOpening NO_CONNECTOR = new SourceOpening.Unavailable("proc connector", "needs root");

    @Test
    void theBestSourceThatOpensRunsAndTheBetterOnesSayWhyNot() {
        EventSource exact = new Named("kqueue");
        EventChoice choice = new EventSources(List.of(() -> NO_CONNECTOR, () -> new SourceOpening.Opened(exact)),
                () -> new Snapshot(Instant.now(), List.of())).open(Duration.ZERO);
        assertThat(choice.source()).isSameAs(exact);
        assertThat(choice.unavailable()).containsExactly((SourceOpening.Unavailable) NO_CONNECTOR);
        assertThat(choice.describe()).isEqualTo("kqueue (exact); proc connector unavailable: needs root");
    }

    @Test
    void pollingIsTheFloor() {
        EventChoice choice = new EventSources(List.of(() -> NO_CONNECTOR), () -> new Snapshot(Instant.now(), List.of()))
                .open(Duration.ZERO);
        assertThat(choice.source()).isInstanceOf(PollingSource.class);
        assertThat(choice.describe()).startsWith("polling (inexact").endsWith("proc connector unavailable: needs root");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxOffersTheProcConnectorThenPtraceThenPolling() {
        EventChoice choice = Platform.current().events().open(Duration.ZERO);
        try (EventSource source = choice.source()) {
            if (source.name().equals("ptrace")) {
                assertThat(choice.unavailable()).extracting(SourceOpening::name).containsExactly("proc connector");
            } else if (source.exact()) {
                assertThat(source.name()).isEqualTo("proc connector");
            } else {
                assertThat(choice.unavailable()).extracting(SourceOpening::name).containsExactly("proc connector", "ptrace");
            }
        }
    }

    /** An exact source that is never started: only its name and exactness matter here. */
    private record Named(String name) implements EventSource {
        @Override
        public boolean exact() {
            return true;
        }

        @Override
        public void start(Consumer<ProcessEvent> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
