package dev.progeny.probes.events;

import dev.progeny.probes.ProcessTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The event sources one platform could use, best first (Linux: the proc connector, ptrace per
 * launch; FreeBSD: kqueue), with polling the table as the floor that always runs. Opening picks
 * the best that can run here and keeps each better one's reason for not running, so the user is
 * told what runs and why nothing better does. Every OS; immutable and thread-safe.
 */
public final class EventSources {
    private final List<Supplier<SourceOpening>> better;
    private final ProcessTable table;

    /** {@code better}: the exact sources, best first, each opened (or refused) when asked. */
    public EventSources(List<Supplier<SourceOpening>> better, ProcessTable table) {
        this.better = List.copyOf(better);
        this.table = table;
    }

    /** Only polling: a platform without an exact source. */
    public static EventSources pollingOnly(ProcessTable table) {
        return new EventSources(List.of(), table);
    }

    /**
     * Opens the best source that can run here. Polling, when nothing better can, reads the table
     * every {@code pollEvery} on a thread of its own, or with {@link Duration#ZERO} is fed the
     * readings its owner takes ({@link PollingSource#observe}). The caller starts and closes it.
     */
    public EventChoice open(Duration pollEvery) {
        return open(pollEvery, false);
    }

    /**
     * As {@link #open}, passing over a source that sees only the launches it follows (ptrace):
     * for a history of every process, such as the window's, where each traced launch is recorded
     * by its own source instead.
     */
    public EventChoice openForEveryProcess(Duration pollEvery) {
        return open(pollEvery, true);
    }

    private EventChoice open(Duration pollEvery, boolean everyProcess) {
        List<SourceOpening.Unavailable> unavailable = new ArrayList<>();
        for (Supplier<SourceOpening> candidate : better) {
            switch (candidate.get()) {
                case SourceOpening.Opened opened when everyProcess && !opened.source().seesEveryProcess() -> {
                    opened.source().close();
                    unavailable.add(new SourceOpening.Unavailable(opened.name(),
                            "sees only launches started traced (each of those is recorded on its own)"));
                }
                case SourceOpening.Opened opened -> {
                    return new EventChoice(opened.source(), unavailable);
                }
                case SourceOpening.Unavailable no -> unavailable.add(no);
            }
        }
        return new EventChoice(new PollingSource(table, pollEvery), unavailable);
    }
}
