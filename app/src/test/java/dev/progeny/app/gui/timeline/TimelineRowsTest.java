package dev.progeny.app.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.events.ProcessHistory;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timeline's rows and viewport from a history fed events as a source would. Pure. */
class TimelineRowsTest {
    private final ProcessHistory history = new ProcessHistory();

    private static Optional<ExitStatus> exited(int code) {
        return Optional.of(new ExitStatus.Exited(code));
    }

    /** Root 100 forks 101 (which forks 103) and 102; 101 exits 0, 103 exits 2, 102 is killed, the root runs. */
    private void launch() {
        history.accept(new Fork(1_000, 100, 1, 10));
        history.launchStarted("L", new ProcessKey(100, 10));
        history.accept(new Fork(2_000, 101, 100, 11));
        history.accept(new Fork(3_000, 102, 100, 12));
        history.accept(new Fork(4_000, 103, 101, 13));
        history.accept(new Exit(5_000, 103, exited(2), -1));
        history.accept(new Exit(6_000, 101, exited(0), -1));
        history.accept(new Exit(7_000, 102, Optional.of(new ExitStatus.Killed(9, false)), -1));
    }

    private static List<Integer> pids(TimelineRows rows) {
        return rows.bars().stream().map(b -> b.record().key().pid()).toList();
    }

    @Test
    void eachProcessSitsRightBelowItsParentSiblingsInStartOrder() {
        launch();
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 9_000, false);
        assertThat(pids(rows)).containsExactly(100, 101, 103, 102);
        assertThat(rows.bars()).extracting(TimelineBar::depth).containsExactly(0, 1, 2, 1);
        assertThat(rows.bars()).extracting(TimelineBar::parentRow).containsExactly(-1, 0, 1, 0);
        assertThat(rows.bars()).extracting(TimelineBar::kind).containsExactly(TimelineBar.Kind.RUNNING,
                TimelineBar.Kind.SUCCEEDED, TimelineBar.Kind.FAILED, TimelineBar.Kind.KILLED);
        assertThat(rows.bars().getFirst().endNanos()).as("a running bar reaches now").isEqualTo(9_000);
        assertThat(rows.firstNanos()).isEqualTo(1_000);
        assertThat(rows.lastNanos()).isEqualTo(9_000);
        assertThat(rows.rowOf(new ProcessKey(102, 12))).contains(3);
    }

    @Test
    void onlyFailedKeepsNonZeroExitsAndKills() {
        launch();
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 9_000, true);
        assertThat(pids(rows)).containsExactly(103, 102);
        assertThat(rows.bars()).extracting(TimelineBar::parentRow).containsOnly(-1);
    }

    @Test
    void tenThousandProcessesBuildAndOnlyTheVisibleRowsAreOnScreen() {
        history.accept(new Fork(0, 100, 1, 10));
        history.launchStarted("L", new ProcessKey(100, 10));
        for (int i = 0; i < 10_000; i++) {
            history.accept(new Fork(1_000L * i, 1_000 + i, 100, 20 + i));
            history.accept(new Exit(1_000L * i + 500, 1_000 + i, exited(i % 7 == 0 ? 1 : 0), -1));
        }
        TimelineRows rows = TimelineRows.of(history.view().launch("L"), 10_000_000, false);
        assertThat(rows.bars()).hasSize(10_001);
        TimelineViewport v = TimelineViewport.fit(rows, 1000, 180);
        assertThat(v.visibleRows()).isEqualTo(10);
        assertThat(v.xOf(rows.lastNanos())).isBetween(950.0, 1000.0);
    }

    @Test
    void zoomKeepsThePointedTimeAndPanningStopsFollowing() {
        TimelineViewport v = new TimelineViewport(0, 1_000_000, 0, 1000, 180, true);
        TimelineViewport zoomed = v.zoom(2, 400);
        assertThat(zoomed.nanosAt(400)).isEqualTo(v.nanosAt(400));
        assertThat(zoomed.nanosPerPixel()).isEqualTo(500_000);
        assertThat(zoomed.following()).isFalse();
        TimelineViewport panned = v.pan(100, -3, 50);
        assertThat(panned.leftNanos()).isEqualTo(-100_000_000);
        assertThat(panned.topRow()).isEqualTo(3);
        assertThat(panned.following()).isFalse();
        assertThat(v.reveal(40).topRow()).isEqualTo(32);
        assertThat(v.reveal(40).reveal(35).topRow()).isEqualTo(32);
    }

    @Test
    void theAxisTicksAreRoundStepsFromTheLaunchStartAtLeastNinetyPixelsApart() {
        TimelineViewport v = new TimelineViewport(1_000_000_000L, 1_000_000, 0, 1000, 180, false); // 1 ms per pixel
        List<TimelineViewport.Tick> ticks = v.ticks(1_000_000_000L);
        assertThat(ticks).extracting(TimelineViewport.Tick::sinceOriginNanos)
                .containsExactly(0L, 100_000_000L, 200_000_000L, 300_000_000L, 400_000_000L, 500_000_000L, 600_000_000L,
                        700_000_000L, 800_000_000L, 900_000_000L, 1_000_000_000L);
        assertThat(ticks.get(1).x()).isEqualTo(100.0);
        assertThat(v.pan(-250, 0, 1).ticks(1_000_000_000L).getFirst().sinceOriginNanos()).isEqualTo(300_000_000L);
        assertThat(v.rowAt(TimelineViewport.AXIS_HEIGHT - 1)).as("the axis is no row").isEqualTo(-1);
        assertThat(v.rowAt(v.yOf(3) + 1)).isEqualTo(3);
    }

    @Test
    void aFollowingViewportGrowsWithALiveLaunch() {
        launch();
        TimelineRows early = TimelineRows.of(history.view().launch("L"), 9_000_000, false);
        TimelineRows later = TimelineRows.of(history.view().launch("L"), 90_000_000, false);
        TimelineViewport v = TimelineViewport.fit(early, 1000, 180).grownTo(later);
        assertThat(v.xOf(90_000_000)).isBetween(950.0, 1000.0);
        TimelineViewport away = TimelineViewport.fit(early, 1000, 180).pan(50, 0, 4);
        assertThat(away.grownTo(later)).isEqualTo(away);
    }
}
