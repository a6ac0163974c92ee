package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * "Stop recording" on a real traced launch: every process is released from Progeny's tracer (a
 * debugger could attach), none is signalled, the launch runs on, and the action is offered only
 * while the launch is recorded.
 */
@EnabledOnOs(OS.LINUX)
class StopRecordingTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final String tag = TaggedProcesses.newTestTag("stop-recording");
    private final long mark = LaunchCleanup.mark();
    private final AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());
    private final ActionsViewModel model = new ActionsViewModel(state, new TerminatorActions(state.platform()),
            (title, question) -> false, Clock.systemUTC());

    @AfterEach
    void end() throws InterruptedException {
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        for (Launch launch : state.launches()) {
            assertThat(launch.waitFor(PATIENCE)).isPresent();
            launch.close();
        }
        // What the tracer held is the JVM's to reap once the launch has let it go.
        LaunchCleanup.reapZombies(Platform.current().launcher().rootPids(), mark);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void releasesEveryProcessOfTheLaunchWhichRunsOn() throws Exception {
        Launch launch = Platform.current().launcher().launch(LaunchSpec.of("sh", "-c", "sleep 300 & wait")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag).traced(true));
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() == 2);
        List<Integer> members = TaggedProcesses.alive(tag);
        assertThat(members).allSatisfy(pid -> assertThat(tracerOf(pid)).isNotZero());
        select(launch);
        assertThat(model.notRecordingProperty().get()).isFalse();

        model.stopRecording();

        assertThat(model.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.DONE);
        assertThat(members).allSatisfy(pid -> assertThat(tracerOf(pid)).as("TracerPid of " + pid).isZero());
        assertThat(TaggedProcesses.alive(tag)).containsExactlyInAnyOrderElementsOf(members);
        assertThat(launch.exitStatus()).isEmpty();
        assertThat(launch.events().orElseThrow().unavailable()).hasValueSatisfying(
                why -> assertThat(why).startsWith("recording stopped"));
        assertThat(model.notRecordingProperty().get()).isTrue();
    }

    @Test
    void suspendAndResumeWorkOnATracedLaunch() throws Exception {
        Launch launch = Platform.current().launcher().launch(LaunchSpec.of("sh", "-c", "sleep 300 & wait")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag).traced(true));
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() == 2);
        select(launch);
        model.scopeProperty().set(ActionScope.LAUNCH);

        model.suspend();
        assertThat(model.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.DONE);
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).stream().allMatch(pid -> stateOf(pid) == 't'));
        select(launch);
        assertThat(model.selectedStoppedProperty().get()).as("shown stopped: offers Resume").isTrue();

        model.resume();
        assertThat(model.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.DONE);
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).stream().allMatch(pid -> stateOf(pid) == 'S'));
        select(launch);
        assertThat(model.selectedStoppedProperty().get()).isFalse();
        assertThat(launch.exitStatus()).isEmpty();
    }

    private void select(Launch launch) throws IOException {
        if (!state.launches().contains(launch)) {
            state.launches().add(launch);
        }
        state.selectionProperty().set(Selection.of(
                state.platform().processTable().snapshot().process(launch.pid()).orElseThrow(), Optional.of(launch)));
    }

    /** The state letter of /proc/PID/stat ('t': a tracing stop, as a stopped tracee shows). */
    private static char stateOf(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException e) {
            return '?';
        }
    }

    /** The {@code TracerPid:} line of /proc/PID/status: 0 when nothing traces the process. */
    private static int tracerOf(int pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("TracerPid:")).map(l -> Integer.parseInt(l.substring(10).strip()))
                .findFirst().orElseThrow();
    }
}
