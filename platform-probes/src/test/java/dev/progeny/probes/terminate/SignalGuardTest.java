package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalGuard.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignalGuardTest {
    private final SignalGuard guard = new SignalGuard(4000, 3900, 3800);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, -1, -2, -4000, Integer.MIN_VALUE})
    void refusesProtectedNumbersAsProcessGroupOrSession(int n) {
        assertThat(guard.refuseProcess(n)).hasValueSatisfying(m -> assertThat(m).contains("refusing to signal pid " + n));
        assertThat(guard.refuseGroup(n)).hasValueSatisfying(m -> assertThat(m).contains("process group " + n));
        assertThat(guard.refuseSession(n)).hasValueSatisfying(m -> assertThat(m).contains("session " + n));
    }

    @Test
    void explainsWhatEachProtectedNumberWouldReach() {
        assertThat(guard.refuseProcess(0)).hasValueSatisfying(m -> assertThat(m).contains("caller's own group"));
        assertThat(guard.refuseProcess(1)).hasValueSatisfying(m -> assertThat(m).contains("init"));
        assertThat(guard.refuseProcess(-1)).hasValueSatisfying(m -> assertThat(m).contains("every process"));
        assertThat(guard.refuseProcess(-7)).hasValueSatisfying(m -> assertThat(m).contains("whole group"));
    }

    @Test
    void refusesProgenyItsGroupAndItsSession() {
        assertThat(guard.refuseProcess(4000)).hasValueSatisfying(m -> assertThat(m).contains("Progeny itself"));
        assertThat(guard.refuseGroup(3900)).hasValueSatisfying(m -> assertThat(m).contains("Progeny's own group"));
        assertThat(guard.refuseSession(3800)).hasValueSatisfying(m -> assertThat(m).contains("Progeny's own session"));
    }

    @Test
    void allowsOrdinaryProcessesGroupsAndSessions() {
        assertThat(guard.refuseProcess(2)).isEmpty();
        assertThat(guard.refuseProcess(3900)).as("a member of Progeny's group is not Progeny").isEmpty();
        assertThat(guard.refuseGroup(4000)).isEmpty();
        assertThat(guard.refuseSession(12345)).isEmpty();
    }

    @Test
    void refusesAPidThatNowNamesAnotherProcess() {
        ProcessKey key = new ProcessKey(5000, 777);
        assertThat(guard.refuseStale(key, 777)).isEmpty();
        assertThat(guard.refuseStale(key, 778)).hasValueSatisfying(m -> assertThat(m)
                .contains("pid 5000").contains("start time 778, expected 777").contains("reused"));
    }

    @Test
    void aFreshReadingDecidesWhetherTheSignalGoes() {
        ProcessKey key = new ProcessKey(5000, 777);
        assertThat(guard.checkProcess(key, new TargetReading.Present(777, 5000, 5000, false)))
                .isInstanceOf(Verdict.Send.class);
        assertThat(guard.checkProcess(key, new TargetReading.Absent())).isInstanceOf(Verdict.Gone.class);
        assertThat(guard.checkProcess(key, new TargetReading.Present(777, 5000, 5000, true)))
                .isInstanceOf(Verdict.Gone.class);
        assertThat(guard.checkProcess(key, new TargetReading.Present(778, 5000, 5000, false)))
                .isInstanceOf(Verdict.Refused.class);
        assertThat(guard.checkProcess(new ProcessKey(1, 0), new TargetReading.Present(0, 1, 1, false)))
                .isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void aTargetThatCannotBeReadIsNeitherGoneNorSignalled() {
        Verdict v = guard.checkProcess(new ProcessKey(5000, 777), new TargetReading.Unreadable(24, "Too many open files"));

        assertThat(v).isInstanceOfSatisfying(Verdict.Unconfirmed.class, u -> assertThat(u.errno()).isEqualTo(24));
        assertThat(v.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(v.detail()).contains("Too many open files");
    }

    @Test
    void aGroupGoesThroughAMemberStillInItAndNeverProgenysOwn() {
        ProcessKey member = new ProcessKey(5001, 900);
        TargetReading inGroup = new TargetReading.Present(900, 5000, 5000, false);

        assertThat(guard.checkGroupMember(member, 5000, GroupOwner.FAMILY, inGroup)).isInstanceOf(Verdict.Send.class);
        assertThat(guard.checkGroupMember(member, 4999, GroupOwner.LAUNCH, inGroup))
                .isInstanceOfSatisfying(Verdict.Refused.class, r -> assertThat(r.detail()).contains("left process group"));
        assertThat(guard.checkGroupMember(member, 3900, GroupOwner.LAUNCH,
                new TargetReading.Present(900, 3900, 3800, false))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void onlyALaunchsOwnGroupMayBeSignalledWholeInProgenysSession() {
        ProcessKey member = new ProcessKey(5001, 900);
        TargetReading inOurSession = new TargetReading.Present(900, 5000, 3800, false);

        assertThat(guard.checkGroupMember(member, 5000, GroupOwner.FAMILY, inOurSession))
                .isInstanceOfSatisfying(Verdict.Refused.class, r -> assertThat(r.detail()).contains("own session"));
        assertThat(guard.checkGroupMember(member, 5000, GroupOwner.LAUNCH, inOurSession)).isInstanceOf(Verdict.Send.class);
    }
}
