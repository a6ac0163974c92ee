package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinuxSpawnPlannerTest {
    private static SpawnPlan plan(Isolation isolation, SpawnRequest.Stdio stdio) {
        return LinuxSpawnPlanner.plan(new SpawnRequest(Path.of("/bin/sleep"), List.of("sleep", "1"),
                List.of("PROGENY_LAUNCH=t-1"), Optional.of(Path.of("/tmp")), isolation, stdio));
    }

    @Test
    void resetsEverySignalButKillAndStopIncludingGlibcInternalOnes() {
        byte[] def = LinuxSpawnPlanner.defaultSignals();
        assertThat(def).hasSize(128);
        for (int sig = 1; sig <= 64; sig++) {
            assertThat(SignalSets.contains(def, sig)).as("signal %d", sig).isEqualTo(sig != 9 && sig != 19);
        }
        assertThat(SignalSets.contains(def, 32) && SignalSets.contains(def, 33)).as("signals 32 and 33").isTrue();
    }

    @Test
    void aSessionUsesSetsidAndNeverSetpgroup() {
        // glibc posix/spawn.h: SETSIGDEF 0x04 | SETSIGMASK 0x08 | SETSID 0x80; SETPGROUP 0x02 with it fails EPERM.
        assertThat(plan(Isolation.SESSION, new SpawnRequest.Stdio.Inherited(false)).flags()).isEqualTo((short) 0x8C);
        assertThat(plan(Isolation.PROCESS_GROUP, new SpawnRequest.Stdio.Inherited(false)).flags()).isEqualTo((short) 0x0E);
    }

    @Test
    void capturedOutputGetsDevNullAndPipesAndEveryOtherFdIsClosed() {
        SpawnPlan plan = plan(Isolation.PROCESS_GROUP, new SpawnRequest.Stdio.Captured(7, 9));

        assertThat(plan.actions()).containsExactly(new FileAction.Open(0, "/dev/null", 0), new FileAction.Dup2(7, 1),
                new FileAction.Dup2(9, 2), new FileAction.Chdir("/tmp"), new FileAction.CloseFrom(3));
        assertThat(plan.path()).isEqualTo("/bin/sleep");
        assertThat(plan.sigmask()).hasSize(128).containsOnly(0);
    }

    @Test
    void theForegroundIsTakenInTheChild() {
        assertThat(plan(Isolation.PROCESS_GROUP, new SpawnRequest.Stdio.Inherited(true)).actions())
                .containsExactly(new FileAction.TcSetPgrp(0), new FileAction.Chdir("/tmp"), new FileAction.CloseFrom(3));
    }
}
