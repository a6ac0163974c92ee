package dev.progeny.probes.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.events.ProcessEvent.Appeared;
import dev.progeny.probes.events.ProcessEvent.Exec;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.events.ProcessEvent.Lost;
import dev.progeny.probes.events.ProcessEvent.Vanished;
import dev.progeny.probes.launch.ExitStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessHistoryTest {
    private static final int SELF = 50;
    private final ProcessHistory history = new ProcessHistory();

    ProcessHistoryTest() {
        history.accept(new Appeared(1, ProcessInfo.builder(SELF).startTime(5).argv(List.of("java")).build()));
    }

    private static Optional<ExitStatus> exited(int code) {
        return Optional.of(new ExitStatus.Exited(code));
    }

    @Test
    void forkedProcessesJoinTheirParentsLaunchWithArgvOverTimeAndStatus() {
        history.accept(new Fork(10, 100, SELF, 1000));
        history.launchStarted("L", new ProcessKey(100, 1000));
        history.accept(new Exec(11, 100, List.of("sh", "-c", "true; exit 3"), "sh"));
        history.accept(new Fork(12, 101, 100, 1001));
        history.accept(new Exec(13, 101, List.of("/bin/true"), "true"));
        history.accept(new Exit(14, 101, exited(0), -1));
        history.accept(new Exit(15, 100, exited(3), -1));

        LaunchHistory launch = history.view().launch("L");
        assertThat(launch.records()).extracting(ProcessRecord::key)
                .containsExactly(new ProcessKey(100, 1000), new ProcessKey(101, 1001));
        ProcessRecord root = launch.records().get(0);
        ProcessRecord child = launch.records().get(1);
        assertThat(root.parent()).contains(new ProcessKey(SELF, 5));
        assertThat(root.programs()).extracting(ProcessRecord.Program::argv)
                .containsExactly(List.of("java"), List.of("sh", "-c", "true; exit 3"));
        assertThat(child.programs()).extracting(ProcessRecord.Program::argv)
                .containsExactly(List.of("sh", "-c", "true; exit 3"), List.of("/bin/true"));
        assertThat(child.depth()).isEqualTo(1);
        assertThat(child.name()).isEqualTo("true");
        assertThat(root.status()).isEqualTo(exited(3));
        assertThat(child.startNanos()).isEqualTo(12);
        assertThat(child.endNanos()).contains(14L);
        assertThat(child.birthSeen() && child.endSeen()).isTrue();
        assertThat(launch.outcomes()).isEqualTo(new Outcomes(1, 1, 0, 0));
        assertThat(history.view().unlaunched().records()).extracting(ProcessRecord::name).containsExactly("p50");
    }

    @Test
    void registrationAfterTheEventsStillClaimsWhatTheRootForked() {
        history.accept(new Fork(10, 100, SELF, 1000));
        history.accept(new Fork(11, 200, SELF, 1001)); // a bystander
        history.accept(new Fork(12, 101, 100, 1002));
        history.accept(new Fork(13, 102, 101, 1003));
        history.accept(new Exit(14, 102, Optional.of(new ExitStatus.Killed(9, false)), -1));
        history.launchStarted("L", new ProcessKey(100, 1000));

        LaunchHistory launch = history.view().launch("L");
        assertThat(launch.records()).extracting(r -> r.key().pid()).containsExactly(100, 101, 102);
        assertThat(launch.records()).extracting(ProcessRecord::depth).containsExactly(0, 1, 2);
        assertThat(launch.outcomes()).isEqualTo(new Outcomes(0, 0, 1, 0));
        assertThat(history.view().unlaunched().records()).extracting(r -> r.key().pid()).containsExactly(SELF, 200);
        assertThat(history.view().unlaunched().outcomes()).isEqualTo(Outcomes.NONE);
    }

    @Test
    void registrationBeforeTheForkIsCompletedByIt() {
        history.launchStarted("L", new ProcessKey(100, 1000));
        history.accept(new Fork(10, 100, SELF, 1000));
        history.accept(new Exec(11, 100, List.of("make"), "make"));

        ProcessRecord root = history.view().launch("L").records().getFirst();
        assertThat(root.parent()).contains(new ProcessKey(SELF, 5));
        assertThat(root.birthSeen()).isTrue();
        assertThat(root.programs()).extracting(ProcessRecord.Program::argv).containsExactly(List.of("make"));
    }

    @Test
    void aReusedPidIsANewProcessAndTheOldOnesUnseenEndIsRecordedAsUnknown() {
        history.launchStarted("L", new ProcessKey(100, 1000));
        history.accept(new Fork(10, 101, 100, 1001));
        history.accept(new Fork(20, 101, SELF, 2001)); // exit of the first 101 was never reported

        HistoryView view = history.view();
        ProcessRecord old = view.record(new ProcessKey(101, 1001)).orElseThrow();
        assertThat(old.ended()).isTrue();
        assertThat(old.status()).isEmpty();
        assertThat(old.endSeen()).isFalse();
        assertThat(view.record(new ProcessKey(101, 2001)).orElseThrow().launch()).isEmpty();
        assertThat(view.launch("L").outcomes()).isEqualTo(new Outcomes(0, 0, 0, 1));
    }

    @Test
    void anExecBeforeItsForkIsCompletedByTheFork() {
        history.launchStarted("L", new ProcessKey(100, 1000));
        history.accept(new Exec(10, 101, List.of("cc", "-c", "a.c"), "cc"));
        history.accept(new Fork(11, 101, 100, 1001));

        LaunchHistory launch = history.view().launch("L");
        assertThat(launch.records()).extracting(ProcessRecord::key)
                .containsExactly(new ProcessKey(100, 1000), new ProcessKey(101, 1001));
        assertThat(launch.records().get(1).argv()).containsExactly("cc", "-c", "a.c");
        assertThat(history.view().record(new ProcessKey(101, -1))).isEmpty();
        assertThat(history.view().unlaunched().records()).hasSize(1);
    }

    @Test
    void anExitOfAProcessOlderThanTheSourceRecordsNothingButAKnownOneEndsExactly() {
        history.accept(new Exit(10, 77, exited(0), -1));
        history.accept(new Exit(11, SELF, exited(1), -1));

        assertThat(history.view().unlaunched().records()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(exited(1));
            assertThat(r.birthSeen()).isFalse();
            assertThat(r.endSeen()).isTrue();
        });
    }

    @Test
    void aLossIsCountedAndTheResyncEndsWhatVanished() {
        history.accept(new Fork(10, 100, SELF, 1000));
        history.accept(new Lost(20, 12, "ENOBUFS"));
        history.accept(new Vanished(21, new ProcessKey(100, 1000)));

        HistoryView view = history.view();
        assertThat(view.losses()).isEqualTo(new Losses(1, 12, "ENOBUFS"));
        assertThat(view.record(new ProcessKey(100, 1000)).orElseThrow().endNanos()).contains(21L);
    }

    @Test
    void aViewAnswersAsOfItsMomentWhileRecordsMoveOn() {
        history.launchStarted("L", new ProcessKey(100, 1000));
        HistoryView before = history.view();
        history.accept(new Fork(10, 101, 100, 1001));
        history.accept(new Exit(11, 100, exited(0), -1));
        HistoryView after = history.view();

        ProcessRecord root = after.record(new ProcessKey(100, 1000)).orElseThrow();
        assertThat(before.alive(root)).isTrue();
        assertThat(after.ended(root)).isTrue();
        assertThat(after.endedBetween(root, before.seq())).isTrue();
        assertThat(before.launch("L").records()).hasSize(1);
        assertThat(before.record(new ProcessKey(101, 1001))).isEmpty();
        assertThat(after.launch("L").bornAfter(before.seq())).extracting(r -> r.key().pid()).containsExactly(101);
    }

    @Test
    void beyondTheCapTheOldestEndedAreSummarisedAndLiveOnesKept() {
        ProcessHistory small = new ProcessHistory(10);
        small.launchStarted("L", new ProcessKey(100, 1000));
        for (int i = 1; i <= 30; i++) {
            small.accept(new Fork(i, 100 + i, 100, 1000 + i));
            small.accept(new Exit(i, 100 + i, exited(i % 3 == 0 ? 2 : 0), -1));
        }
        LaunchHistory launch = small.view().launch("L");
        assertThat(launch.records().size()).isLessThanOrEqualTo(10);
        assertThat(launch.records().getFirst().key().pid()).isEqualTo(100);
        assertThat(launch.started()).isEqualTo(31);
        assertThat(launch.summarised().total()).isEqualTo(31 - launch.records().size());
        assertThat(launch.outcomes()).isEqualTo(new Outcomes(20, 10, 0, 0));
        assertThat(small.view().record(new ProcessKey(101, 1001))).isEmpty();
    }
}
