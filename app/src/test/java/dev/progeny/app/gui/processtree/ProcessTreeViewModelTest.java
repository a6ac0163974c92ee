package dev.progeny.app.gui.processtree;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessTreeViewModelTest {
    private final FixedPlatform platform = new FixedPlatform();
    private final AppState state = new AppState(platform, new CurrentThreadTaskExecutor());
    private final ProcessTreeViewModel vm = new ProcessTreeViewModel(state, new TreeBuilder(uid -> "me", 500));
    private final List<TreePatch> patches = new ArrayList<>();

    private final ProcessInfo init = proc(1, 0, 1, 1, "init");
    private final ProcessInfo shell = proc(10, 1, 10, 10, "bash", ProcessState.RUNNING, 0);
    private final ProcessInfo shellLater = proc(10, 1, 10, 10, "bash", ProcessState.RUNNING, 250_000_000L);
    private final ProcessInfo editor = proc(11, 10, 11, 10, "vim");

    @BeforeEach
    void systemView() {
        vm.setPatchSink(patches::add);
        vm.systemViewProperty().set(true);
        patches.clear();
    }

    @Test
    void aRefreshPublishesTheSnapshotAndOnePatch() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell, editor));
        vm.refresh();
        assertThat(patches).singleElement().satisfies(p -> assertThat(p.added()).hasSize(3));
        assertThat(state.snapshotProperty().get().size()).isEqualTo(3);
        assertThat(vm.lastRefreshProperty().get().processes()).isEqualTo(3);
    }

    @Test
    void aClockRefreshRunsThePreparedRequestWithTheCurrentView() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell));
        vm.refreshFromClock();
        assertThat(vm.lastRefreshProperty().get().processes()).isEqualTo(2);

        vm.filterTextProperty().set("vim");
        platform.setSnapshot(Procs.snapshot(2000, init, shell, editor));
        vm.refreshFromClock();

        assertThat(vm.lastRefreshProperty().get().processes()).isEqualTo(3);
        assertThat(vm.model().entries().values()).extracting(e -> e.data().name()).contains("vim");
    }

    @Test
    void cpuPercentComesFromTheCpuTimeDelta() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell));
        vm.refresh();
        platform.setSnapshot(Procs.snapshot(2000, init, shellLater));
        vm.refresh();
        RowData row = vm.model().get(RowId.process(RowId.SYSTEM, shell.key())).data();
        assertThat(row.cpuPercent()).isCloseTo(25.0, within(0.01));
        assertThat(patches.getLast().changed()).extracting(RowData::name).contains("bash");
    }

    @Test
    void theSelectionSurvivesARefreshAndCarriesFreshData() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell));
        vm.refresh();
        RowId bash = RowId.process(RowId.SYSTEM, shell.key());
        vm.selectedRowProperty().set(bash);
        assertThat(state.selectionProperty().get().process()).contains(shell);

        platform.setSnapshot(Procs.snapshot(2000, init, shellLater, editor));
        vm.refresh();

        assertThat(vm.selectedRowProperty().get()).isEqualTo(bash);
        assertThat(state.selectionProperty().get().process()).contains(shellLater);
    }

    @Test
    void theSelectionIsClearedOnceItsProcessIsGoneForGood() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell, editor));
        vm.refresh();
        vm.selectedRowProperty().set(RowId.process(RowId.SYSTEM, editor.key()));
        platform.setSnapshot(Procs.snapshot(2000, init, shell));
        vm.refresh();
        assertThat(vm.selectedRowProperty().get()).isNotNull();
        platform.setSnapshot(Procs.snapshot(5000, init, shell));
        vm.refresh();
        assertThat(vm.selectedRowProperty().get()).isNull();
        assertThat(state.selectionProperty().get()).isNull();
    }

    @Test
    void theFilterRebuildsFromTheLastSnapshotWithoutReadingANewOne() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell, editor));
        vm.refresh();
        platform.setSnapshot(null);
        vm.filterTextProperty().set("vim");
        assertThat(vm.model().size()).isEqualTo(3);
        vm.filterTextProperty().set("nothing-like-this");
        assertThat(vm.model().size()).isZero();
        assertThat(patches.getLast().removed()).hasSize(3);
    }

    @Test
    void theFlatListPutsEveryProcessAtTheTopSoAnyColumnSortsThemAll() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell, editor));
        vm.refresh();
        assertThat(vm.model().get(RowId.process(RowId.SYSTEM, editor.key())).parent()).isNotNull();
        vm.flatProperty().set(true);
        assertThat(vm.model().entries().values()).hasSize(3).allSatisfy(e -> assertThat(e.parent()).isNull());
        assertThat(patches.getLast().moved()).hasSize(2);
    }

    /** The launches view's snapshot may carry the rest of the system over from seconds ago. */
    @Test
    void switchingToTheWholeSystemReadsANewSnapshot() {
        vm.systemViewProperty().set(false);
        platform.setSnapshot(Procs.snapshot(1000, init, shell));
        vm.refresh();
        platform.setSnapshot(Procs.snapshot(2000, init, shellLater, editor));
        vm.systemViewProperty().set(true);
        assertThat(state.snapshotProperty().get().takenAt().toEpochMilli()).isEqualTo(2000);
        assertThat(vm.model().contains(RowId.process(RowId.SYSTEM, editor.key()))).isTrue();
    }

    @Test
    void switchingToTheLaunchViewShowsNoRowsWithoutLaunches() {
        platform.setSnapshot(Procs.snapshot(1000, init, shell));
        vm.refresh();
        vm.systemViewProperty().set(false);
        assertThat(vm.model().size()).isZero();
    }
}
