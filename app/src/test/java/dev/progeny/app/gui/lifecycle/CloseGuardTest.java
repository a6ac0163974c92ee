package dev.progeny.app.gui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.actions.TerminatorActions;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.common.TaskExecutor;
import dev.progeny.app.gui.notify.OutlivedAlarm;
import dev.progeny.probes.Platform;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventType;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The close question's decisions on real launches, without a screen. */
class CloseGuardTest {
    private final String tag = TaggedProcesses.newTestTag("close");
    private final long mark = LaunchCleanup.mark();
    private final AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());
    private final ObservableList<OutlivedAlarm> alarms = FXCollections.observableArrayList();
    private final List<List<Launch>> asked = new ArrayList<>();

    @AfterEach
    void end() {
        LaunchCleanup.endAll(tag, Set.copyOf(state.launches().stream().map(Launch::pid).toList()), mark);
        state.launches().forEach(Launch::close);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    private Launch launch(String script) throws Exception {
        Launch l = Platform.current().launcher().launch(
                LaunchSpec.of("/bin/sh", "-c", script).withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
        state.launches().add(l);
        return l;
    }

    private CloseGuard guard(CloseGuard.Choice answer) {
        return new CloseGuard(state, alarms, new TerminatorActions(state.platform()), () -> Duration.ofSeconds(2), live -> {
            asked.add(live);
            return answer;
        });
    }

    private static WindowEvent closeRequest() {
        return new WindowEvent(null, (EventType<WindowEvent>) WindowEvent.WINDOW_CLOSE_REQUEST);
    }

    @Test
    void runningLaunchesAndLaunchesWithLiveSurvivorsAreLiveFinishedOnesAreNot() throws Exception {
        Launch done = launch("exit 0");
        done.waitFor();
        Launch running = launch("sleep 300");
        Launch outlived = launch("sleep 300 & exit 0");
        outlived.waitFor();
        alarms.add(new OutlivedAlarm(outlived, List.of()));
        // An alarm raised earlier whose processes have all ended since: nothing to ask about.
        Launch ended = launch("exit 0");
        ended.waitFor();
        alarms.add(new OutlivedAlarm(ended, List.of()));

        Snapshot now = Platform.current().processTable().snapshot();
        assertThat(CloseGuard.live(state.launches(), alarms, now)).containsExactly(running, outlived);
    }

    @Test
    void withNothingAliveTheWindowClosesWithoutAQuestion() throws Exception {
        launch("exit 0").waitFor();
        WindowEvent event = closeRequest();
        guard(CloseGuard.Choice.CANCEL).onCloseRequest(event, results -> { });
        assertThat(asked).isEmpty();
        assertThat(event.isConsumed()).isFalse();
    }

    @Test
    void cancelKeepsTheWindowAndTheLaunch() throws Exception {
        Launch running = launch("sleep 300");
        WindowEvent event = closeRequest();
        guard(CloseGuard.Choice.CANCEL).onCloseRequest(event, results -> { });
        assertThat(event.isConsumed()).isTrue();
        assertThat(asked).singleElement().asList().hasSize(1);
        assertThat(running.exitStatus()).isEmpty();
    }

    @Test
    void endThemEscalatesEveryLiveFamilyThenCloses() throws Exception {
        launch("sleep 300 & sleep 300 & wait");
        await().atMost(Duration.ofSeconds(30)).until(() -> TaggedProcesses.alive(tag).size() == 3);
        List<Object> closedWith = new ArrayList<>();
        WindowEvent event = closeRequest();

        guard(CloseGuard.Choice.END).onCloseRequest(event, closedWith::add);

        assertThat(event.isConsumed()).as("closes only once the families are gone").isTrue();
        assertThat(closedWith).hasSize(1);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    /** The grace period is an FX property: it is read before the work leaves the FX thread. */
    @Test
    void theGracePeriodIsReadOnTheFxThreadNotOnAWorker() throws Exception {
        launch("sleep 300");
        Thread fx = Thread.currentThread();
        AppState onWorkers = new AppState(Platform.current(), new WorkerExecutor(fx));
        onWorkers.launches().addAll(state.launches());
        List<Thread> readers = new ArrayList<>();
        CloseGuard guard = new CloseGuard(onWorkers, alarms, new TerminatorActions(state.platform()), () -> {
            readers.add(Thread.currentThread());
            return Duration.ofSeconds(2);
        }, live -> CloseGuard.Choice.END);

        guard.onCloseRequest(closeRequest(), results -> { });

        assertThat(readers).containsOnly(fx);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void aCloseRequestOffTheFxThreadIsRefused() {
        AppState elsewhere = new AppState(Platform.current(), new WorkerExecutor(new Thread(() -> { })));
        CloseGuard guard = new CloseGuard(elsewhere, alarms, new TerminatorActions(state.platform()),
                () -> Duration.ofSeconds(2), live -> CloseGuard.Choice.END);
        assertThatThrownBy(() -> guard.onCloseRequest(closeRequest(), results -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FX thread");
    }

    /** Runs work on a thread of its own and waits for it; the "FX thread" is {@code ui}. */
    private record WorkerExecutor(Thread ui) implements TaskExecutor {
        @Override
        public <T> Future<T> execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            FutureTask<T> task = new FutureTask<>(work);
            Thread worker = Thread.ofPlatform().start(task);
            try {
                worker.join();
                onSuccess.accept(task.get());
            } catch (InterruptedException | ExecutionException e) {
                onFailure.accept(e);
            }
            return task;
        }

        @Override
        public void runOnFx(Runnable action) {
            action.run();
        }

        @Override
        public boolean onUiThread() {
            return Thread.currentThread() == ui;
        }

        @Override
        public void shutdown() {
        }
    }
}
