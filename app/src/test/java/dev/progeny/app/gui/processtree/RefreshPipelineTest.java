package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.app.gui.testing.CountingLaunch;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    private Launch other;
    private ProcessKey escapee;
    private Process spinner;

    @AfterEach
    void endTheLaunch() throws InterruptedException {
        if (escapee != null) {
            Platform.current().terminator().signal(escapee, Signal.KILL);
        }
        if (spinner != null) {
            spinner.destroyForcibly();
            assertThat(spinner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        for (Launch l : new Launch[] {launch, other}) {
            if (l != null) {
                LaunchCleanup.endAll(tag, Set.of(l.pid()), mark);
                assertThat(l.waitFor(Duration.ofSeconds(30))).isPresent();
                l.close();
            }
        }
        LaunchCleanup.reapZombies(Set.of(), mark);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    /**
     * An orphan that comes back to Progeny with nothing to say where it came from (no cgroup, its
     * environment scrubbed, a session of its own) goes under "Unclaimed", never under the newest
     * launch (issue 13: ending that launch once killed another launch's process).
     */
    @Test
    void anOrphanOfUnknownOriginIsUnclaimedNotTheNewestLaunchs() throws Exception {
        Set<Containment> noCgroup = Set.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG);
        launch = Platform.current().launcher().launch(LaunchSpec.of("sh", "-c",
                        "setsid env -i sh -c 'sleep 999 & echo escapee $!; exit 0'; exec sleep 998")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag).withContainment(noCgroup));
        other = Platform.current().launcher().launch(LaunchSpec.of("sleep", "997")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag).withContainment(noCgroup));
        await().atMost(Duration.ofSeconds(30)).until(() -> launch.output().text().contains("escapee "));
        int pid = Integer.parseInt(launch.output().text().replaceAll("(?s).*escapee (\\d+).*", "$1"));
        int self = (int) ProcessHandle.current().pid();
        await().atMost(Duration.ofSeconds(30)).until(() -> real.snapshot().process(pid).map(p -> p.ppid() == self).orElse(false));
        escapee = real.snapshot().process(pid).orElseThrow().key();

        RefreshPipeline pipeline = new RefreshPipeline(recording, TreeBuilder.forThisProcess());
        RefreshPipeline.Result result = pipeline.run(new RefreshPipeline.Request(null, List.of(launch, other), false, false,
                ProcessFilter.NONE, TreeModel.EMPTY));

        assertThat(result.model().contains(RowId.process(RowId.UNCLAIMED, escapee))).isTrue();
        assertThat(result.model().get(RowId.launch(RowId.UNCLAIMED)).data().name()).startsWith("Unclaimed");
        assertThat(result.model().get(RowId.launch(RowId.UNCLAIMED)).data().status())
                .as("no launch of its own: counted, never \"running\"").matches("\\d+ process(es)?.*");
        assertThat(result.model().contains(RowId.process(other.id(), escapee))).isFalse();
        assertThat(result.model().contains(RowId.process(launch.id(), escapee))).isFalse();
        assertThat(result.launchOf()).doesNotContainKey(escapee);
    }

    @Test
    void theLaunchesViewRereadsItsMembersBetweenFullReadings() throws Exception {
        launch = ShellLaunch.start(tag, "sleep 30");
        RefreshPipeline pipeline = new RefreshPipeline(recording, TreeBuilder.forThisProcess());
        TreeModel model = TreeModel.EMPTY;
        for (int i = 0; i < RefreshPipeline.FULL_READ_EVERY + 1; i++) {
            model = pipeline.run(new RefreshPipeline.Request(null, List.of(launch), false, false, ProcessFilter.NONE, model)).model();
        }

        assertThat(readings.getFirst().test(1)).as("the first reading is full: even init is read").isTrue();
        assertThat(readings.getLast().test(1)).as("and every %dth", RefreshPipeline.FULL_READ_EVERY).isTrue();
        List<IntPredicate> partial = readings.subList(1, readings.size() - 1);
        assertThat(partial).hasSize(RefreshPipeline.FULL_READ_EVERY - 1).allSatisfy(reread -> {
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
        assertThat(readings).hasSize(3).allSatisfy(reread -> assertThat(reread.test(1)).isTrue());
    }

    /**
     * The launches view carries the rest of the system over between full readings. A busy
     * process among the rest was then measured, at the full reading, as if all its CPU time since
     * the last full one had been spent in the last refresh: 400 % of a core and more for one thread,
     * shown as soon as the user switched to the whole system.
     */
    @Test
    void aBusyProcessOutsideTheLaunchesIsMeasuredOverTheTimeSinceItWasLastRead() throws Exception {
        launch = ShellLaunch.start(tag, "sleep 30");
        ProcessBuilder spin = new ProcessBuilder("sh", "-c", "while :; do :; done");
        spin.environment().put(LaunchSpec.LAUNCH_TAG, tag);
        spinner = spin.start();
        ProcessKey spinnerKey = real.snapshot().process((int) spinner.pid()).orElseThrow().key();
        // No process is Progeny's adopted orphan here, so the spinner (this JVM's child) is outside every family.
        TreeBuilder builder = new TreeBuilder(uid -> "u" + uid, Integer.MAX_VALUE);
        RefreshPipeline pipeline = new RefreshPipeline(recording, builder);
        TreeModel model = TreeModel.EMPTY;
        for (int i = 0; i < RefreshPipeline.FULL_READ_EVERY + 1; i++) {
            model = pipeline.run(new RefreshPipeline.Request(null, List.of(launch), false, false, ProcessFilter.NONE, model)).model();
            Thread.sleep(200);
        }

        assertThat(readings.getLast().test((int) spinner.pid())).as("the last reading was full").isTrue();
        assertThat(builder.cpuPercentOf(spinnerKey)).as("one thread's CPU %").isBetween(0.0, 110.0);
    }
}
