package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.app.gui.testing.CountingLaunch;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which readings each view asks of the real table, with a real launch. Ends the launch's tree. */
class RefreshPipelineTest {
    private final String tag = TaggedProcesses.newTestTag("pipeline");
    private final List<IntPredicate> readings = new ArrayList<>();
    private final ProcessTable real = Platform.current().processTable();
    private final ProcessTable recording = new ProcessTable() {
        @Override
        public Snapshot snapshot() throws IOException {
            readings.add(null);
            return real.snapshot();
        }

        @Override
        public Snapshot snapshot(IntPredicate reread) throws IOException {
            readings.add(reread);
            return real.snapshot(reread);
        }
    };
    private final long mark = LaunchCleanup.mark();
    private Launch launch;

    @AfterEach
    void endTheLaunch() {
        if (launch != null) {
            LaunchCleanup.endAll(tag, Set.of(launch.pid()), mark);
            launch.close();
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void theLaunchesViewRereadsItsMembersBetweenFullReadings() throws Exception {
        launch = ShellLaunch.start(tag, "sleep 30");
        RefreshPipeline pipeline = new RefreshPipeline(recording, TreeBuilder.forThisProcess());
        TreeModel model = TreeModel.EMPTY;
        for (int i = 0; i < RefreshPipeline.FULL_READ_EVERY + 1; i++) {
            model = pipeline.run(new RefreshPipeline.Request(null, List.of(launch), false, false, ProcessFilter.NONE, model)).model();
        }

        assertThat(readings.getFirst()).as("the first reading is full").isNull();
        assertThat(readings.getLast()).as("and every %dth", RefreshPipeline.FULL_READ_EVERY).isNull();
        List<IntPredicate> partial = readings.subList(1, readings.size() - 1);
        assertThat(partial).hasSize(RefreshPipeline.FULL_READ_EVERY - 1).allSatisfy(reread -> {
            assertThat(reread).isNotNull();
            assertThat(reread.test(launch.pid())).as("the launch's root is reread").isTrue();
            assertThat(reread.test(1)).as("init is not a member").isFalse();
        });
        assertThat(model.contains(RowId.launch(launch.id()))).isTrue();
    }

    @Test
    void aLaunchThatEndedWithNothingLeftIsNotScannedAgain() throws Exception {
        launch = ShellLaunch.start(tag, "exit 0");
        launch.waitFor();
        CountingLaunch counted = new CountingLaunch(launch);
        RefreshPipeline pipeline = new RefreshPipeline(recording, TreeBuilder.forThisProcess());
        TreeModel model = TreeModel.EMPTY;
        for (int i = 0; i < 4; i++) {
            model = pipeline.run(new RefreshPipeline.Request(null, List.of(counted), false, false, ProcessFilter.NONE, model)).model();
        }
        assertThat(counted.familyAsked()).as("one scan finds the family empty; then it is settled").isEqualTo(1);
        assertThat(model.get(RowId.launch(launch.id())).data().status()).isEqualTo("exited 0");
    }

    @Test
    void theSystemViewReadsEverythingEveryTime() throws Exception {
        RefreshPipeline pipeline = new RefreshPipeline(recording, TreeBuilder.forThisProcess());
        TreeModel model = TreeModel.EMPTY;
        for (int i = 0; i < 3; i++) {
            model = pipeline.run(new RefreshPipeline.Request(null, List.of(), true, false, ProcessFilter.NONE, model)).model();
        }
        assertThat(readings).hasSize(3).containsOnlyNulls();
    }
}
