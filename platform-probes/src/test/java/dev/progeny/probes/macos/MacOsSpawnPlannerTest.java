package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.posix.LaunchErrors;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import dev.progeny.probes.posix.SpawnRequest;
import dev.progeny.probes.posix.SpawnRequests;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MacOsSpawnPlannerTest {
    private static final List<String> ENV = List.of("PATH=/bin", "PROGENY_LAUNCH=l-1");

    @Test
    void aNewSessionUsesSetsidAndNeverSetpgroup() throws LaunchException {
        SpawnPlan plan = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh").withIsolation(Isolation.SESSION), ENV));

        // bsd/sys/spawn.h: SETSID 0x0400 | SETSIGDEF 0x4 | SETSIGMASK 0x8 | CLOEXEC_DEFAULT 0x4000.
        assertThat(plan.flags()).isEqualTo((short) 0x440C);
        assertThat(plan.flags() & 0x2).as("SETPGROUP with SETSID fails with EPERM").isZero();
    }

    @Test
    void aNewGroupUsesSetpgroupAndNeverSetsid() throws LaunchException {
        SpawnPlan plan = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh"), ENV));

        assertThat(plan.flags()).isEqualTo((short) 0x400E);
        assertThat(plan.flags() & 0x0400).isZero();
        assertThat(plan.pgroup()).isZero();
    }

    @Test
    void signalSetsAreOneWord() throws LaunchException {
        SpawnPlan plan = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh"), ENV));

        assertThat(plan.sigmask()).hasSize(4).containsOnly(0);
        for (int sig = 1; sig <= 31; sig++) {
            assertThat(SignalSets.contains(plan.sigdefault(), sig)).as("signal %d", sig)
                    .isEqualTo(sig != 9 && sig != 17);
        }
    }

    @Test
    void withCloexecDefaultTheStandardFdsAreNamedExplicitly() throws LaunchException {
        SpawnPlan inherit = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh").withOutput(OutputMode.INHERIT), ENV));
        SpawnPlan capture = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh"), ENV, new SpawnRequest.Stdio.Captured(5, 6)));

        assertThat(inherit.actions()).containsExactly(new FileAction.Inherit(0), new FileAction.Inherit(1),
                new FileAction.Inherit(2));
        assertThat(capture.actions()).containsExactly(new FileAction.Open(0, "/dev/null", 0),
                new FileAction.Dup2(5, 1), new FileAction.Dup2(6, 2));
        assertThat(capture.actions()).noneMatch(a -> a instanceof FileAction.CloseFrom);
    }

    @Test
    void theRequestsCommandAndEnvironmentGoThroughAsTheyAre() {
        SpawnPlan plan = MacOsSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sh", "-c", "true"), ENV));

        assertThat(plan.path()).isEqualTo("/bin/sh");
        assertThat(plan.argv()).containsExactly("sh", "-c", "true");
        assertThat(plan.envp()).contains("PROGENY_LAUNCH=l-1", "PATH=/bin");
    }

    @Test
    void noReaperSubreaperOrCgroupExistsAndTheReasonSaysSo() {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);

        MacOsSpawnPlanner.containment(LaunchSpec.of("sh").withIsolation(Isolation.SESSION), inForce, unavailable);

        assertThat(inForce).containsExactlyInAnyOrder(Containment.SESSION, Containment.ENVIRONMENT_TAG);
        assertThat(unavailable).containsOnlyKeys(Containment.SUBREAPER, Containment.REAPER, Containment.CGROUP);
        assertThat(unavailable.get(Containment.SUBREAPER)).contains("cannot be adopted");
    }

    @Test
    void mapsSpawnErrnosToReasons() {
        LaunchErrors errors = new LaunchErrors(MacOsConstants.ENOENT, MacOsConstants.ENOTDIR, MacOsConstants.EACCES,
                MacOsConstants.ENOEXEC, MacOsConstants.EINTR);

        assertThat(errors.reason(2)).isEqualTo(LaunchException.Reason.NOT_FOUND);
        assertThat(errors.reason(13)).isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
    }
}
