package dev.progeny.app.gui.details;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.processtree.ExitWords;
import dev.progeny.probes.ProcessDetails;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The details pane's content for the selected process: argv, environment, working directory,
 * open files, cgroup, parent chain, start time, which containment holds it, what the process
 * history recorded of it and which event source feeds the history (and why no better one). File reads run
 * on the executor, again when the selection changes and at most every few seconds while it
 * stays. FX thread only.
 */
public final class DetailsViewModel {
    /** One labelled line of the pane. */
    public record Field(String label, String value) {
    }

    private static final long RELOAD_MILLIS = 3000;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final AppState state;
    private final Function<ProcessKey, Optional<Set<Membership.Reason>>> membership;
    private final ReadOnlyObjectWrapper<List<Field>> fields = new ReadOnlyObjectWrapper<>(this, "fields", List.of());
    private ProcessKey shown;
    private long loadedAt;
    private boolean loading;

    /** {@code membership} tells why a process belongs to its launch (the tree's latest reading). */
    public DetailsViewModel(AppState state, Function<ProcessKey, Optional<Set<Membership.Reason>>> membership) {
        this.state = state;
        this.membership = membership;
        state.selectionProperty().addListener((obs, old, now) -> reload());
    }

    private void reload() {
        Selection sel = state.selectionProperty().get();
        if (sel == null) {
            shown = null;
            fields.set(List.of());
            return;
        }
        ProcessKey key = sel.process().key();
        boolean stale = System.currentTimeMillis() - loadedAt > RELOAD_MILLIS;
        if (loading || (key.equals(shown) && !stale)) {
            return;
        }
        loading = true;
        Snapshot snapshot = state.snapshotProperty().get();
        state.executor().execute(() -> describe(sel, snapshot), result -> {
            loading = false;
            shown = key;
            loadedAt = System.currentTimeMillis();
            fields.set(result);
        }, error -> loading = false);
    }

    private List<Field> describe(Selection sel, Snapshot snapshot) {
        ProcessInfo p = sel.process();
        Optional<ProcessDetails> details = state.platform().inspector().inspect(p.key());
        String chain = snapshot == null ? "" : snapshot.ancestors(p.pid()).stream()
                .map(a -> a.name() + " (" + a.pid() + ")").collect(Collectors.joining(" ← "));
        return List.of(
                new Field("Process", p.name() + " (pid " + p.pid() + ", " + p.state().name().toLowerCase(Locale.ROOT) + ")"),
                new Field("Command line", p.argv().isEmpty() ? "(not readable)" : String.join(" ", p.argv())),
                new Field("Started", p.startEpochMillis() <= 0 ? "" : STARTED.format(Instant.ofEpochMilli(p.startEpochMillis()).atZone(ZoneId.systemDefault()))),
                new Field("Parent chain", chain.isEmpty() ? "(none)" : chain),
                new Field("Working directory", details.flatMap(ProcessDetails::workingDirectory).map(Object::toString).orElse("(not readable)")),
                new Field("Open files", details.map(d -> d.openFiles().isPresent() ? Integer.toString(d.openFiles().getAsInt()) : "(not readable)").orElse("(not readable)")),
                new Field("cgroup", details.flatMap(ProcessDetails::cgroup).orElse("(none)")),
                new Field("Containment", containment(sel)),
                new Field("Recording", RecordingText.of(sel.launch())),
                new Field("Recorded", recorded(p.key())),
                new Field("Event source", state.events().choice().map(EventChoice::describe).orElse("(not open yet)")),
                new Field("Environment", details.flatMap(ProcessDetails::environment).map(env -> String.join("\n", env)).orElse("(not readable)")));
    }

    private String containment(Selection sel) {
        if (sel.launch().isEmpty()) {
            return "Not in any launch";
        }
        Launch launch = sel.launch().get();
        return ContainmentText.of(membership.apply(sel.process().key()), launch.containment(), launch.unavailable(),
                state.platform().capabilities().adopter());
    }

    /** What the process history knows of it: how it came to be known, and how it ended. */
    private String recorded(ProcessKey key) {
        return state.events().history().view().record(key).map(r -> (r.birthSeen() ? "fork seen" : "found running")
                + r.parent().map(pk -> " (parent pid " + pk.pid() + ")").orElse("")
                + (r.programs().size() > 1 ? ", " + (r.programs().size() - 1) + " exec(s)" : "")
                + (r.ended() ? ", " + ExitWords.of(r.status(), state.platform().signals()) : ", alive"))
                .orElse("(not in the process history)");
    }

    public ReadOnlyObjectProperty<List<Field>> fieldsProperty() {
        return fields.getReadOnlyProperty();
    }
}
