package dev.progeny.app.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.processtree.ProcessTreeViewModel;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaunchChartViewModelTest {
    private final String tag = TaggedProcesses.newTestTag("chart");
    private final long mark = LaunchCleanup.mark();
    private final AppState state = new AppState(Platform.current(), new CurrentThreadTaskExecutor());
    private final ProcessTreeViewModel tree = new ProcessTreeViewModel(state);
    private final LaunchChartViewModel chart = new LaunchChartViewModel(state, tree);

    @AfterEach
    void endEverything() {
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        state.launches().forEach(Launch::close);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void recordsTheNewestLaunchsProcessCountEachRefresh() throws Exception {
        assertThat(chart.shownProperty().get().samples()).isEmpty();
        Launch launch = ShellLaunch.start(tag, "sleep 30 & exec sleep 31");
        await().atMost(Duration.ofSeconds(30)).until(() -> Platform.current().processTable().snapshot()
                .subtree(launch.pid()).size() == 2);
        state.launches().add(launch);
        tree.refresh();
        tree.refresh();

        LaunchChartViewModel.History shown = chart.shownProperty().get();
        assertThat(shown.title()).isEqualTo("sleep 30 & exec sleep 31");
        assertThat(shown.samples()).hasSize(3).allSatisfy(s -> assertThat(s.processes()).isEqualTo(2));
        long rootStart = Platform.current().processTable().snapshot().process(launch.pid()).orElseThrow().startEpochMillis();
        assertThat(shown.startedEpochMillis()).as("time runs from the launch's start").isEqualTo(rootStart);
        assertThat(shown.samples().getFirst().seconds()).as("the first sample came after the start").isPositive();
    }
}
