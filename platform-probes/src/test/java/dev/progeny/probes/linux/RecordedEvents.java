package dev.progeny.probes.linux;

import static org.awaitility.Awaitility.await;

import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A sink that keeps every event it is given, for tests to read and wait on. Thread-safe. */
final class RecordedEvents implements Consumer<ProcessEvent> {
    private final List<ProcessEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(ProcessEvent event) {
        events.add(event);
    }

    synchronized List<ProcessEvent> all() {
        return List.copyOf(events);
    }

    <T extends ProcessEvent> List<T> of(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The exit status of every process that exited, by pid. */
    Map<Integer, ExitStatus> exits() {
        Map<Integer, ExitStatus> out = new LinkedHashMap<>();
        of(ProcessEvent.Exit.class).forEach(e -> out.put(e.pid(), e.status().orElseThrow()));
        return out;
    }

    Optional<ProcessEvent.Exec> lastExec(int pid) {
        return of(ProcessEvent.Exec.class).stream().filter(e -> e.pid() == pid).reduce((a, b) -> b);
    }

    void awaitAny(Predicate<ProcessEvent> wanted) {
        await().atMost(Duration.ofSeconds(30)).until(() -> all().stream().anyMatch(wanted));
    }
}
