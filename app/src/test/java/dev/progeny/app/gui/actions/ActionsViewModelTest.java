package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.probes.Capabilities;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.macos.MacOsPlatform;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The actions' decisions on real processes, without a screen: what is refused, what is asked,
 * what is sent. The processes here are plain children of the test (not launches), so every
 * action on them must be confirmed first.
 */
class ActionsViewModelTest {
    private final String tag = TaggedProcesses.newTestTag("actions");
    private final long mark = LaunchCleanup.mark();
    private final List<Process> started = new ArrayList<>();
    private final AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());
    private final List<String> questions = new ArrayList<>();
    private boolean answer;

    private final ActionsViewModel model = new ActionsViewModel(state, new TerminatorActions(state.platform()),
            (title, question) -> {
                questions.add(question);
                return answer;
            }, Clock.systemUTC());

    @AfterEach
    void end() {
        started.forEach(Process::destroyForcibly);
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    private ProcessInfo sleeper() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sleep", "300");
        builder.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        Process p = builder.start();
        started.add(p);
        return process((int) p.pid());
    }

    private ProcessInfo process(int pid) throws Exception {
        return state.platform().processTable().snapshot().process(pid).orElseThrow();
    }

    private void select(ProcessInfo p) {
        state.selectionProperty().set(Selection.of(p, Optional.empty()));
    }

    @Test
    void aProcessOutsideTheLaunchesIsSignalledOnlyAfterConfirmation() throws Exception {
        ProcessInfo sleeper = sleeper();
        select(sleeper);
        model.scopeProperty().set(ActionScope.PROCESS);

        answer = false;
        model.kill();
        assertThat(questions).singleElement().asString().contains("that Progeny did not launch (sleep " + sleeper.pid() + ")");
        assertThat(model.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.CANCELLED);
        assertThat(TaggedProcesses.alive(tag)).containsExactly(sleeper.pid());

        answer = true;
        model.kill();
        assertThat(model.resultProperty().get().summary()).isEqualTo("Sent SIGKILL to process " + sleeper.pid() + " (sleep)");
        await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag).isEmpty());
    }

    @Test
    void progenyItselfIsRefusedWithoutAsking() throws Exception {
        select(process((int) ProcessHandle.current().pid()));
        for (ActionScope scope : Set.of(ActionScope.PROCESS, ActionScope.GROUP, ActionScope.SESSION, ActionScope.TREE)) {
            model.scopeProperty().set(scope);
            model.kill();
            assertThat(model.resultProperty().get().outcome()).as(scope.name()).isEqualTo(ActionResult.Outcome.REFUSED);
        }
        assertThat(questions).isEmpty();
    }

    @Test
    void initIsRefusedWithoutAsking() throws Exception {
        select(process(1));
        model.scopeProperty().set(ActionScope.PROCESS);
        model.sendSignal(Signal.HUP);
        assertThat(model.resultProperty().get().summary()).contains("pid 1: 1 is init");
        assertThat(questions).isEmpty();
    }

    @Test
    void theLaunchScopeNeedsALaunch() throws Exception {
        select(sleeper());
        model.scopeProperty().set(ActionScope.LAUNCH);
        assertThat(model.target()).isEmpty();
        assertThat(model.noTargetProperty().get()).isTrue();
    }

    @Test
    void escalationShowsItsGracePeriodWhileItRuns() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Countdown> seen = new ArrayList<>();
        ActionsViewModel[] holder = new ActionsViewModel[1];
        FamilyActions recording = new FamilyActions() {
            @Override
            public ActionResult signal(ActionTarget target, Signal signal) {
                throw new AssertionError("not expected");
            }

            @Override
            public ActionResult escalate(ActionTarget target, Duration grace) {
                seen.add(holder[0].countdownProperty().get());
                return ActionResult.of(ActionResult.Outcome.DONE, "escalated");
            }

            @Override
            public ActionResult reapOrphans() {
                throw new AssertionError("not expected");
            }

            @Override
            public Optional<String> unsupported(ActionKind action) {
                return Optional.empty();
            }
        };
        holder[0] = new ActionsViewModel(state, recording, (t, q) -> true, Clock.fixed(now, ZoneOffset.UTC));
        holder[0].graceProperty().set(Duration.ofSeconds(5));
        select(sleeper());
        holder[0].scopeProperty().set(ActionScope.PROCESS);

        holder[0].escalate();

        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.grace()).isEqualTo(Duration.ofSeconds(5));
            assertThat(c.label(now)).endsWith("SIGTERM sent, SIGKILL in 5.0 s");
        });
        assertThat(holder[0].countdownProperty().get()).isNull();
        assertThat(holder[0].resultProperty().get().summary()).isEqualTo("escalated");
    }

    /** macOS has no subreaper: orphans go to launchd, so Reap orphans is greyed out, saying why. */
    @Test
    void onMacOsReapOrphansIsUnsupportedWithTheReason() {
        ActionsViewModel onMac = viewModelWith(MacOsPlatform.CAPABILITIES);

        assertThat(onMac.supports(FamilyActions.ActionKind.REAP_ORPHANS)).isFalse();
        assertThat(onMac.unsupported(FamilyActions.ActionKind.REAP_ORPHANS)).hasValueSatisfying(
                why -> assertThat(why).contains("orphans go to launchd and cannot be adopted"));
        assertThat(onMac.supports(FamilyActions.ActionKind.ESCALATE)).isTrue();
    }

    @Test
    void onFreeBsdTheProcctlReaperLetsOrphansBeReaped() {
        ActionsViewModel onBsd = viewModelWith(FreeBsdPlatform.CAPABILITIES);

        assertThat(onBsd.supports(FamilyActions.ActionKind.REAP_ORPHANS)).isTrue();
    }

    /** The actions as another OS's window would offer them: its capabilities, this machine's processes. */
    private static ActionsViewModel viewModelWith(Capabilities capabilities) {
        AppState other = new AppState(new FixedPlatform(capabilities), new CurrentThreadTaskExecutor());
        return new ActionsViewModel(other, new TerminatorActions(other.platform()), (t, q) -> true, Clock.systemUTC());
    }
}
