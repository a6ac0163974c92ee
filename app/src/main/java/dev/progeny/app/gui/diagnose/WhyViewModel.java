package dev.progeny.app.gui.diagnose;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.WhyReport;
import dev.progeny.probes.diagnose.ZombieFamily;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.ProcessFamily;
import dev.progeny.probes.terminate.TerminationReport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Why pane's content for the selected process, read on the executor when the selection
 * changes and again every few seconds while it stays; and the two actions that help a zombie's
 * parent: SIGCHLD to it, or ending it so its zombies come to Progeny (or init) and are reaped.
 * FX thread only.
 */
final class WhyViewModel {
    private static final long RELOAD_MILLIS = 3000;
    private static final Duration END_GRACE = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(WhyViewModel.class.getName());

    /** What the pane shows: its sections, and the zombie family whose parent the actions address. */
    record Content(List<WhySection> sections, Optional<ZombieFamily> zombies) {
        static final Content NONE = new Content(List.of(), Optional.empty());
    }

    private final AppState state;
    private final ZombieClock seen = new ZombieClock();
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content", Content.NONE);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private ProcessKey shown;
    private long loadedAt;
    private boolean loading;

    WhyViewModel(AppState state) {
        this.state = state;
        state.selectionProperty().addListener((obs, old, now) -> reload());
        state.snapshotProperty().addListener((obs, old, now) -> reload());
    }

    ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** What the last action did, in words. */
    ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    private void reload() {
        Selection sel = state.selectionProperty().get();
        Snapshot snapshot = state.snapshotProperty().get();
        if (sel == null || snapshot == null || sel.process().isEmpty()) {
            shown = null;
            content.set(Content.NONE);
            return;
        }
        ProcessKey key = sel.process().get().key();
        if (loading || key.equals(shown) && System.currentTimeMillis() - loadedAt < RELOAD_MILLIS) {
            return;
        }
        loading = true;
        state.executor().execute(() -> explain(key, snapshot), result -> {
            loading = false;
            shown = key;
            loadedAt = System.currentTimeMillis();
            content.set(result);
        }, error -> {
            loading = false;
            LOG.log(System.Logger.Level.WARNING, "cannot explain process " + key, error);
        });
    }

    private Content explain(ProcessKey key, Snapshot snapshot) {
        seen.observe(snapshot);
        Optional<WhyReport> report = state.platform().diagnostics().explain(key, snapshot);
        if (report.isEmpty()) {
            return new Content(List.of(new WhySection("gone", "Gone", List.of("the process has ended"), false)), Optional.empty());
        }
        Map<Integer, DiagnosisWords.Holder> holders = new HashMap<>();
        snapshot.processes().forEach(p -> holders.put(p.pid(),
                new DiagnosisWords.Holder(p, Optional.ofNullable(report.get().pipeEnds().get(p.pid())))));
        Diagnosis target = report.get().target();
        for (Diagnosis d : Stream.concat(Stream.of(target),
                report.get().related().stream().map(WhyReport.Related::diagnosis)).toList()) {
            holders.put(d.pid(), new DiagnosisWords.Holder(d.facts().process(), Optional.of(d.waitingFor())));
        }
        int self = (int) ProcessHandle.current().pid();
        return new Content(WhySections.of(report.get(), holders::get, self, seen.age(key, snapshot.takenAt())), target.zombies());
    }

    /** SIGCHLD to the zombies' parent: a parent that reaps in its handler may then wait for them. */
    void signalParent() {
        content.get().zombies().ifPresent(z -> act(z.parent(), () -> {
            Delivery d = state.platform().terminator().signal(z.parent().key(), Signal.CHLD);
            return switch (d.outcome()) {
                case SENT -> "sent SIGCHLD";
                case GONE -> "had already exited";
                case REFUSED -> "refused: " + d.detail();
                case DENIED, UNSUPPORTED, FAILED -> "SIGCHLD failed: " + d.detail();
            };
        }));
    }

    /**
     * Ends the zombies' parent (TERM, then KILL after a grace period); its zombies go to their
     * subreaper (Progeny, for a launch) or init, and Progeny reaps those that came to it.
     */
    void endParent() {
        content.get().zombies().ifPresent(z -> act(z.parent(), () -> {
            TerminationReport report = state.platform().terminator()
                    .escalate(new ProcessFamily(z.parent().key(), z.parent().name()), END_GRACE);
            int reaped = state.platform().orphanReaper().reapOrphans(state.platform().launcher().rootPids()).size();
            return (report.clean() ? "ended" : "survived") + "; " + reaped + " zombies reaped by Progeny";
        }));
    }

    private void act(ProcessInfo parent, Callable<String> action) {
        String who = parent.pid() + " " + parent.name() + ": ";
        state.executor().execute(action, result -> outcome.set(who + result), error -> outcome.set(who + error.getMessage()));
    }
}
