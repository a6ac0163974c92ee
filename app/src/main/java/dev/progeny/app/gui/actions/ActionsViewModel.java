package dev.progeny.app.gui.actions;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.Launch;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The actions on the selection: kill, escalate, any signal, suspend/resume, reap orphans, stop
 * recording a traced launch. Every
 * action is checked by {@link TargetSafety} against a fresh snapshot (off the FX thread), refused
 * or confirmed as it says, then run on the executor; the outcome lands in {@link #resultProperty()}.
 * Properties are touched on the FX thread only.
 */
public final class ActionsViewModel {
    /** Long enough for a well-behaved program to clean up, short enough to wait for. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(3);

    private final AppState state;
    private final FamilyActions actions;
    private final Confirmer confirmer;
    private final Clock clock;
    private final ObjectProperty<ActionScope> scope = new SimpleObjectProperty<>(this, "scope", ActionScope.GROUP);
    private final ObjectProperty<Duration> grace = new SimpleObjectProperty<>(this, "grace", DEFAULT_GRACE);
    private final ReadOnlyObjectWrapper<Countdown> countdown = new ReadOnlyObjectWrapper<>(this, "countdown");
    private final ReadOnlyObjectWrapper<ActionResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding noTarget;
    private final BooleanBinding selectedStopped;
    private final BooleanBinding notRecording;

    public ActionsViewModel(AppState state, FamilyActions actions, Confirmer confirmer, Clock clock) {
        this.state = state;
        this.actions = actions;
        this.confirmer = confirmer;
        this.clock = clock;
        noTarget = Bindings.createBooleanBinding(() -> target().isEmpty(), state.selectionProperty(), scope).or(busy);
        selectedStopped = Bindings.createBooleanBinding(() -> {
            Selection s = state.selectionProperty().get();
            return s != null && s.liveProcess().filter(p -> p.state() == ProcessState.STOPPED).isPresent();
        }, state.selectionProperty());
        notRecording = Bindings.createBooleanBinding(() -> recording().isEmpty(), state.selectionProperty(), result)
                .or(busy);
    }

    /** SIGKILL to the target (Delete). */
    public void kill() {
        target().ifPresent(t -> signal(t, Signal.KILL));
    }

    /** TERM, then KILL after the grace period (Shift+Delete). */
    public void escalate() {
        target().ifPresent(this::escalate);
    }

    public void escalate(ActionTarget target) {
        Duration g = grace.get();
        run(target, "Escalate", () -> actions.escalate(target, g), () -> countdown.set(
                new Countdown(target.description(), clock.instant(), g)));
    }

    public void sendSignal(Signal signal) {
        target().ifPresent(t -> signal(t, signal));
    }

    public void suspend() {
        target().ifPresent(t -> signal(t, Signal.STOP));
    }

    public void resume() {
        target().ifPresent(t -> signal(t, Signal.CONT));
    }

    /** Resume when the selected process is stopped, suspend otherwise (one tool bar button). */
    public void suspendOrResume() {
        if (selectedStopped.get()) {
            resume();
        } else {
            suspend();
        }
    }

    /** Reaps zombies re-parented to Progeny: they are its own children, so no target check. */
    public void reapOrphans() {
        busy.set(true);
        state.executor().execute(actions::reapOrphans, this::finish, this::failed);
    }

    /**
     * "Stop recording": releases every process of the selected launch from Progeny's tracer (none
     * is signalled or stopped), so a debugger can attach; the launch runs on, no longer recorded.
     */
    public void stopRecording() {
        recording().ifPresent(source -> {
            busy.set(true);
            state.executor().execute(() -> {
                source.close();
                return ActionResult.of(ActionResult.Outcome.DONE,
                        "Stopped recording the launch: its processes run on untraced; a debugger can attach now.");
            }, this::finish, this::failed);
        });
    }

    /** The selected launch's event source while it records the launch (ptrace). */
    private Optional<EventSource> recording() {
        Selection selection = state.selectionProperty().get();
        return selection == null ? Optional.empty()
                : selection.launch().flatMap(Launch::events).filter(s -> s.unavailable().isEmpty());
    }

    private void signal(ActionTarget target, Signal signal) {
        run(target, "Send " + signal.fullName(), () -> actions.signal(target, signal), () -> { });
    }

    /**
     * The selection widened to the chosen scope; empty with no selection, no launch for LAUNCH, or
     * a process that is gone for the others (a launch's family may outlive its launched process).
     */
    public Optional<ActionTarget> target() {
        Selection selection = state.selectionProperty().get();
        if (selection == null) {
            return Optional.empty();
        }
        if (scope.get() == ActionScope.LAUNCH) {
            return selection.launch().map(ActionTarget::family);
        }
        return selection.liveProcess().map(p -> ActionTarget.around(scope.get(), p, selection.launch()));
    }

    private void run(ActionTarget target, String verb, Callable<ActionResult> work, Runnable onStart) {
        List<Launch> launches = List.copyOf(state.launches());
        busy.set(true);
        state.executor().execute(() -> SafetyCheck.assess(state.platform(), target, launches), decision -> {
            switch (decision.verdict()) {
                case REFUSE -> finish(ActionResult.of(ActionResult.Outcome.REFUSED, decision.reason()));
                case CONFIRM -> {
                    if (confirmer.confirm(verb + "?", decision.reason())) {
                        perform(work, onStart);
                    } else {
                        finish(ActionResult.of(ActionResult.Outcome.CANCELLED, "Cancelled: nothing was signalled."));
                    }
                }
                case ALLOW -> perform(work, onStart);
            }
        }, this::failed);
    }

    private void perform(Callable<ActionResult> work, Runnable onStart) {
        onStart.run();
        state.executor().execute(work, this::finish, this::failed);
    }

    private void finish(ActionResult outcome) {
        countdown.set(null);
        busy.set(false);
        result.set(outcome);
        state.notices().post(outcome.notice());
    }

    private void failed(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        finish(ActionResult.of(ActionResult.Outcome.FAILED, "Failed: " + detail));
    }

    public ObjectProperty<ActionScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Duration> graceProperty() {
        return grace;
    }

    /** The running escalation's grace period; null when none runs. */
    public ReadOnlyObjectProperty<Countdown> countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** The outcome of the last action; null before the first. */
    public ReadOnlyObjectProperty<ActionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while there is nothing to act on (or an action is running). */
    public BooleanBinding noTargetProperty() {
        return noTarget;
    }

    /** True when the selected process is stopped (SIGSTOP, Ctrl+Z): the tool bar then offers Resume. */
    public BooleanBinding selectedStoppedProperty() {
        return selectedStopped;
    }

    /** True unless the selected launch is being recorded by a tracer ("Stop recording" then applies). */
    public BooleanBinding notRecordingProperty() {
        return notRecording;
    }

    public boolean supports(FamilyActions.ActionKind kind) {
        return actions.unsupported(kind).isEmpty();
    }

    /** Why {@code kind} cannot work on this platform, for the greyed-out control's tooltip. */
    public Optional<String> unsupported(FamilyActions.ActionKind kind) {
        return actions.unsupported(kind);
    }

    public Clock clock() {
        return clock;
    }
}
