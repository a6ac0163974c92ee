package dev.progeny.app.gui.launch;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.common.TaskExecutor;
import dev.progeny.app.gui.limits.LimitsText;
import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.limits.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The launch bar's state and its one command, {@link #launch()}. Spawning, history file I/O and
 * waiting happen on the {@link TaskExecutor}; properties are touched on the FX thread only.
 */
public final class LaunchBarViewModel {
    private static final int RECENT_LIMITS = 5;
    private static final System.Logger LOG = System.getLogger(LaunchBarViewModel.class.getName());
    private final AppState state;
    private final Launcher launcher;
    private final HistoryStore store;
    private final Map<String, String> environment;
    private final StringProperty command = new SimpleStringProperty(this, "command", "");
    private final StringProperty directory = new SimpleStringProperty(this, "directory", "");
    private final ObjectProperty<Isolation> isolation = new SimpleObjectProperty<>(this, "isolation", Isolation.PROCESS_GROUP);
    private final ObjectProperty<CommandMode> mode = new SimpleObjectProperty<>(this, "mode", CommandMode.SHELL);
    private final BooleanProperty mergeStderr = new SimpleBooleanProperty(this, "mergeStderr");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty launching = new SimpleBooleanProperty(this, "launching");
    private final BooleanProperty record = new SimpleBooleanProperty(this, "record");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<Limits> limits = new SimpleObjectProperty<>(this, "limits", Limits.NONE);
    private final ObservableList<Limits> recentLimits = FXCollections.observableArrayList();
    private CommandHistory current = CommandHistory.empty();

    /**
     * @param environment variables added to every launch (tests tag their launches with it)
     */
    public LaunchBarViewModel(AppState state, Launcher launcher, HistoryStore store, Map<String, String> environment) {
        this.state = state;
        this.launcher = launcher;
        this.store = store;
        this.environment = Map.copyOf(environment);
        // The error belongs to the text that failed: editing it clears the mark.
        command.addListener((obs, old, now) -> error.set(""));
    }

    /** Reads the saved history in the background and shows it when it arrives. */
    public void loadHistory() {
        state.executor().execute(store::load, saved -> {
            current = new CommandHistory(saved.commands());
            history.setAll(current.commands());
            if (directory.get().isEmpty()) {
                directory.set(saved.directory());
            }
            limits.set(LimitsText.fromSaved(saved.limits()));
            recentLimits.setAll(saved.recentLimits().stream().map(LimitsText::fromSaved).filter(l -> !l.isEmpty()).toList());
        }, failure -> fail("Could not read the command history: " + failure.getMessage()));
    }

    /** Launches the command field's text; the result lands in {@link AppState#launches()}. */
    public void launch() {
        String text = command.get() == null ? "" : command.get().strip();
        if (launching.get()) {
            return;
        }
        if (text.isEmpty()) {
            fail("Type a command to launch.");
            return;
        }
        LaunchSpec spec;
        try {
            spec = spec(text);
        } catch (CommandSyntaxException e) {
            fail(LaunchErrors.message(e));
            return;
        }
        CommandMode usedMode = mode.get();
        error.set("");
        launching.set(true);
        state.executor().execute(() -> start(spec), launch -> {
            launching.set(false);
            state.launches().add(launch);
            remember(text);
            // The field is ready for the next command (the history has this one), unless the user
            // already typed another while this one was starting.
            if (text.equals(command.get() == null ? "" : command.get().strip())) {
                command.set("");
            }
            LimitsText.fallbacks(launch.limits().applied())
                    .ifPresent(m -> state.notices().post(Notice.of(Notice.Severity.WARNING, m)));
            if (usedMode == CommandMode.SHELL) {
                watchForShellFailure(launch, text);
            }
        }, failure -> {
            launching.set(false);
            fail(LaunchErrors.message(failure));
        });
    }

    /** The field shows that its command failed; the message goes to the notification area. */
    private void fail(String message) {
        error.set(message);
        state.notices().post(Notice.of(Notice.Severity.ERROR, message));
    }

    private LaunchSpec spec(String text) throws CommandSyntaxException {
        List<String> argv = mode.get().argv(text);
        LaunchSpec spec = LaunchSpec.of(argv).withIsolation(isolation.get()).withLimits(limits.get()).traced(record.get())
                .withOutput(mergeStderr.get() ? OutputMode.CAPTURE_MERGED : OutputMode.CAPTURE);
        for (Map.Entry<String, String> e : environment.entrySet()) {
            spec = spec.withEnvironment(e.getKey(), e.getValue());
        }
        Optional<Path> dir = WorkingDirectory.parse(directory.get());
        return dir.isPresent() ? spec.inDirectory(dir.get()) : spec;
    }

    /** Runs in the background: checks the directory first so the message names it plainly. */
    private Launch start(LaunchSpec spec) throws LaunchException {
        if (spec.directory().isPresent() && !Files.isDirectory(spec.directory().get())) {
            throw new LaunchException(LaunchException.Reason.BAD_DIRECTORY, spec.directory().get().toString());
        }
        return launcher.launch(spec);
    }

    private void remember(String text) {
        current = current.remember(text);
        history.setAll(current.commands());
        List<Limits> recent = Stream.concat(Stream.of(limits.get()), recentLimits.stream())
                .filter(l -> !l.isEmpty()).distinct().limit(RECENT_LIMITS).toList();
        recentLimits.setAll(recent);
        HistoryStore.SavedLaunchBar saved = new HistoryStore.SavedLaunchBar(current.commands(), directory.get(),
                LimitsText.toSaved(limits.get()), recent.stream().map(LimitsText::toSaved).toList());
        state.executor().execute(() -> {
            store.save(saved);
            return saved;
        }, ok -> { }, failure -> fail("Could not save the command history: " + failure.getMessage()));
    }

    /** The failure arrives after the field was cleared (maybe after other launches): it names its command. */
    private void watchForShellFailure(Launch launch, String text) {
        state.executor().execute(() -> ShellFailure.await(launch), message -> message.ifPresent(m -> state.notices().post(
                Notice.of(Notice.Severity.ERROR, LaunchErrors.forCommand(text, m)))), failure -> LOG.log(
                System.Logger.Level.WARNING, "waiting for the shell of launch " + launch.id(), failure));
    }

    public StringProperty commandProperty() {
        return command;
    }

    public StringProperty directoryProperty() {
        return directory;
    }

    public ObjectProperty<Isolation> isolationProperty() {
        return isolation;
    }

    /** The limits the next launch gets (kept with the history). */
    public ObjectProperty<Limits> limitsProperty() {
        return limits;
    }

    /** Limits used recently, most recent first. */
    public ObservableList<Limits> recentLimits() {
        return recentLimits;
    }

    public ObjectProperty<CommandMode> modeProperty() {
        return mode;
    }

    /** Stderr into the stdout pipe: one stream in the exact order written, without the "err" marks. */
    public BooleanProperty mergeStderrProperty() {
        return mergeStderr;
    }

    /** Why the field's command could not launch, one line; empty when it did or was edited since. */
    public StringProperty errorProperty() {
        return error;
    }

    /** "Record (trace)": the next launch's every fork, exec and exit is recorded (Linux: ptrace). */
    public BooleanProperty recordProperty() {
        return record;
    }

    /** Why launches cannot be traced on this OS (the choice is then greyed out); empty where they can. */
    public Optional<String> recordUnavailable() {
        return state.platform().os() == OperatingSystem.LINUX ? Optional.empty()
                : Optional.of("per-launch tracing uses ptrace, which only the Linux build drives");
    }

    public BooleanProperty launchingProperty() {
        return launching;
    }

    /**
     * Why this platform cannot start a new session (the bar then offers a new group only); empty when
     * it can.
     */
    public Optional<String> sessionUnavailable() {
        return state.platform().capabilities().whyNot(Capability.NEW_SESSION);
    }

    /** The isolations the bar offers: a new group always, a new session where the platform can start one. */
    public List<Isolation> isolations() {
        return sessionUnavailable().isPresent() ? List.of(Isolation.PROCESS_GROUP) : List.of(Isolation.values());
    }

    /** Recent commands, most recent first. */
    public ObservableList<String> history() {
        return history;
    }
}
