package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.actions.SafetyDecision.Verdict;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.terminate.SignalGuard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Safety decisions on a hand-made table: init, a shell, Progeny, its launch, another user's daemon. */
class TargetSafetyTest {
    private static final int ME = 1000;
    private static final int OTHER_USER = 0;

    private static final ProcessInfo INIT = process(1, 0, 1, 1, OTHER_USER, "systemd");
    private static final ProcessInfo SHELL = process(900, 1, 900, 900, ME, "bash");
    private static final ProcessInfo PROGENY = process(950, 900, 950, 900, ME, "java");
    private static final ProcessInfo LAUNCHED = process(960, 950, 960, 900, ME, "sh");
    private static final ProcessInfo CHILD = process(961, 960, 960, 900, ME, "sleep");
    private static final ProcessInfo ESCAPEE = process(970, 1, 970, 970, ME, "daemon");
    private static final ProcessInfo EDITOR = process(980, 900, 980, 900, ME, "vim");
    private static final ProcessInfo ROOTS = process(990, 1, 990, 990, OTHER_USER, "sshd");

    private static final SignalGuard GUARD = new SignalGuard(PROGENY.pid(), PROGENY.pgid(), PROGENY.sid());
    private static final Snapshot SNAPSHOT = new Snapshot(Instant.EPOCH,
            List.of(INIT, SHELL, PROGENY, LAUNCHED, CHILD, ESCAPEE, EDITOR, ROOTS));
    private static final SafetyContext CONTEXT = new SafetyContext(PROGENY, GUARD, SNAPSHOT,
            Set.of(LAUNCHED.key(), CHILD.key(), ESCAPEE.key()));

    private static ProcessInfo process(int pid, int ppid, int pgid, int sid, int uid, String name) {
        return ProcessInfo.builder(pid).ppid(ppid).pgid(pgid).sid(sid).uid(uid).name(name).argv(List.of(name)).build();
    }

    private static SafetyDecision assess(ActionScope scope, ProcessInfo p) {
        return TargetSafety.assess(ActionTarget.around(scope, p, Optional.empty()), CONTEXT);
    }

    @Test
    void pidOneIsRefusedInEveryScope() {
        for (ActionScope scope : List.of(ActionScope.PROCESS, ActionScope.GROUP, ActionScope.SESSION, ActionScope.TREE)) {
            SafetyDecision d = assess(scope, INIT);
            assertThat(d.verdict()).as(scope.name()).isEqualTo(Verdict.REFUSE);
            assertThat(d.reason()).contains("1 is init");
        }
    }

    @Test
    void groupOrSessionZeroIsRefused() {
        ProcessInfo kernelThread = process(2, 0, 0, 0, OTHER_USER, "kthreadd");
        assertThat(assess(ActionScope.GROUP, kernelThread).verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(assess(ActionScope.SESSION, kernelThread).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void progenyItselfIsRefused() {
        assertThat(assess(ActionScope.PROCESS, PROGENY).reason()).isEqualTo("Refusing to signal pid 950: it is Progeny itself.");
        assertThat(assess(ActionScope.GROUP, PROGENY).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void progenysSessionIsRefusedEvenWhenSelectedThroughALaunch() {
        // A launch in a new group (not a new session) shares Progeny's session.
        assertThat(assess(ActionScope.SESSION, CHILD).verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void aTreeThatHoldsProgenyIsRefused() {
        assertThat(assess(ActionScope.TREE, SHELL).reason()).contains("Progeny itself");
    }

    @Test
    void anotherUsersProcessMustBeConfirmed() {
        SafetyDecision d = assess(ActionScope.PROCESS, ROOTS);
        assertThat(d.verdict()).isEqualTo(Verdict.CONFIRM);
        assertThat(d.reason()).isEqualTo("process 990 (sshd) has 1 process of another user (sshd 990). Signal it anyway?");
    }

    @Test
    void aProcessOutsideTheLaunchesMustBeConfirmed() {
        SafetyDecision d = assess(ActionScope.GROUP, EDITOR);
        assertThat(d.verdict()).isEqualTo(Verdict.CONFIRM);
        assertThat(d.reason()).contains("that Progeny did not launch (vim 980)");
    }

    @Test
    void aLaunchedGroupIsAllowed() {
        assertThat(assess(ActionScope.GROUP, CHILD).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(assess(ActionScope.TREE, LAUNCHED).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(assess(ActionScope.PROCESS, ESCAPEE).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aReusedPidIsNotALaunchMember() {
        ProcessInfo reused = process(961, 960, 960, 900, ME, "sleep");
        SafetyContext context = new SafetyContext(PROGENY, GUARD, SNAPSHOT, Set.of(new ProcessKey(961, 1)));
        assertThat(TargetSafety.assess(ActionTarget.around(ActionScope.PROCESS, reused, Optional.empty()), context).verdict())
                .isEqualTo(Verdict.CONFIRM);
    }

    @Test
    void theConfirmationReadsTheFamilyTheActionSignalsReparentedMembersIncluded() {
        ActionTarget tree = ActionTarget.around(ActionScope.TREE, LAUNCHED, Optional.empty());
        assertThat(TargetSafety.assess(tree, CONTEXT).verdict()).isEqualTo(Verdict.ALLOW);

        // The sleep outlives its shell and is re-parented to init: no longer a descendant, still the tree's.
        ProcessInfo orphaned = CHILD.toBuilder().ppid(1).build();
        Snapshot later = new Snapshot(Instant.EPOCH.plusSeconds(1), List.of(INIT, SHELL, PROGENY, LAUNCHED, orphaned));
        SafetyContext outsideLaunches = new SafetyContext(PROGENY, GUARD, later, Set.of(LAUNCHED.key()));

        SafetyDecision d = TargetSafety.assess(tree, outsideLaunches);
        assertThat(d.verdict()).isEqualTo(Verdict.CONFIRM);
        assertThat(d.reason()).contains("sleep 961");
    }
}
