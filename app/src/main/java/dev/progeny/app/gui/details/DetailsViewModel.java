package dev.progeny.app.gui.details;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.processtree.ExitWords;
import dev.progeny.app.gui.processtree.LaunchLabel;
import dev.progeny.app.gui.processtree.SelectedCommand;
import dev.progeny.app.gui.processtree.StateWords;
import dev.progeny.probes.ProcessDetails;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.EventChoice;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Membership;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The details pane's content for the selection. What the tree's reading says (state, argv, ids,
 * parent chain) follows every refresh, so it always agrees with the tree: an exec shows its new
 * argv, a stop shows "stopped", a vanished process says it is gone. What needs file reads
 * (environment, working directory, open files, cgroup) runs on the executor when the selection
 * moves and at most every few seconds while it stays. It also says what the process history
 * recorded of it and which event source feeds the history (and why no better one). FX thread only.
 */
public final class DetailsViewModel {
    /** One labelled line of the pane. */
    public record Field(String label, String value) {
    }

    private static final long RELOAD_MILLIS = 3000;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String UNREADABLE = "(not readable)";

    private final AppState state;
    private final Function<ProcessKey, Optional<Set<Membership.Reason>>> membership;
    private final ReadOnlyObjectWrapper<List<Field>> fields = new ReadOnlyObjectWrapper<>(this, "fields", List.of());
    private Optional<ProcessDetails> details = Optional.empty();
    private ProcessKey detailsOf;
    private long loadedAt;
    private boolean loading;

    /** {@code membership} tells why a process belongs to its launch (the tree's latest reading). */
    public DetailsViewModel(AppState state, Function<ProcessKey, Optional<Set<Membership.Reason>>> membership) {
        this.state = state;
        this.membership = membership;
        state.selectionProperty().addListener((obs, old, now) -> update());
    }

    private void update() {
        Selection sel = state.selectionProperty().get();
        fields.set(sel == null ? List.of() : describe(sel));
        Optional<ProcessInfo> live = sel == null ? Optional.empty() : sel.liveProcess();
        if (live.isEmpty() || loading) {
            return;
        }
        ProcessKey key = live.get().key();
        if (key.equals(detailsOf) && System.currentTimeMillis() - loadedAt < RELOAD_MILLIS) {
            return;
        }
        loading = true;
        state.executor().execute(() -> state.platform().inspector().inspect(key), read -> {
            loading = false;
            details = read;
            detailsOf = key;
            loadedAt = System.currentTimeMillis();
            update();
        }, failure -> loading = false);
    }

    private List<Field> describe(Selection sel) {
        List<Field> out = new ArrayList<>();
        sel.launch().filter(l -> sel.header()).ifPresent(l -> out.add(new Field("Launch", l.id() + ": "
                + LaunchLabel.of(l.spec()) + " (" + l.exitStatus().map(Object::toString).orElse("running") + ")")));
        if (sel.process().isEmpty()) {
            out.add(new Field("Process", "never seen: it ended before the first refresh"));
            return out;
        }
        ProcessInfo p = sel.process().get();
        String state = sel.gone() ? "exited (the process is gone; this is its last reading)" : StateWords.of(p.state());
        String command = SelectedCommand.of(sel);
        out.add(new Field("Process", p.name() + " (pid " + p.pid() + ", group " + p.pgid() + ", session " + p.sid() + ")"));
        out.add(new Field("State", state));
        out.add(new Field("Command line", command.isEmpty() ? UNREADABLE : command));
        out.add(new Field("Started", p.startEpochMillis() <= 0 ? ""
                : STARTED.format(Instant.ofEpochMilli(p.startEpochMillis()).atZone(ZoneId.systemDefault()))));
        out.add(new Field("Parent chain", parentChain(p)));
        Optional<ProcessDetails> read = sel.gone() || !p.key().equals(detailsOf) ? Optional.empty() : details;
        String none = sel.gone() ? "(gone)" : read.isEmpty() && loading ? "(reading…)" : UNREADABLE;
        out.add(new Field("Working directory", read.flatMap(ProcessDetails::workingDirectory).map(Object::toString).orElse(none)));
        out.add(new Field("Open files", read.filter(d -> d.openFiles().isPresent())
                .map(d -> Integer.toString(d.openFiles().getAsInt())).orElse(none)));
        out.add(new Field("cgroup", read.flatMap(ProcessDetails::cgroup).orElse(sel.gone() ? none : "(none)")));
        out.add(new Field("Containment", containment(sel, p)));
        out.add(new Field("Recording", RecordingText.of(sel.launch())));
        out.add(new Field("Recorded", recorded(p.key())));
        out.add(new Field("Event source", this.state.events().choice().map(EventChoice::describe).orElse("(not open yet)")));
        out.add(new Field("Environment", read.flatMap(ProcessDetails::environment).map(env -> String.join("\n", env)).orElse(none)));
        return out;
    }

    private String parentChain(ProcessInfo p) {
        var snapshot = state.snapshotProperty().get();
        String chain = snapshot == null ? "" : snapshot.ancestors(p.pid()).stream()
                .map(a -> a.name() + " (" + a.pid() + ")").collect(Collectors.joining(" \u2190 "));
        return chain.isEmpty() ? "(none)" : chain;
    }

    private String containment(Selection sel, ProcessInfo p) {
        if (sel.launch().isEmpty()) {
            return "Not in any launch";
        }
        Launch launch = sel.launch().get();
        return ContainmentText.of(membership.apply(p.key()), launch.containment(), launch.unavailable(),
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
