package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.posix.ChildStdio;
import dev.progeny.probes.posix.SignalSets;
import dev.progeny.probes.posix.SpawnPlan;
import dev.progeny.probes.posix.SpawnPlan.FileAction;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreeBsdSpawnPlannerTest {
    private static final Map<String, String> BASE = Map.of("PATH", "/bin:/usr/bin");

    @Test
    void usesFreeBsdsOwnFlagBits() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(LaunchSpec.of("sleep", "5"), "id1", BASE, Optional.empty());

        // include/spawn.h: SETPGROUP 0x02, SETSIGDEF 0x10, SETSIGMASK 0x20 (glibc's would be 0x04 / 0x08).
        assertThat(plan.flags()).isEqualTo((short) 0x32);
        assertThat(plan.flags() & 0x80).as("no glibc SETSID bit: EINVAL on FreeBSD").isZero();
        assertThat(plan.pgroup()).isZero();
    }

    @Test
    void emptiesTheMaskAndResetsEveryChangeableSignal() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(LaunchSpec.of("true"), "id1", BASE, Optional.empty());

        assertThat(plan.sigmask()).hasSize(16).containsOnly(0);
        byte[] def = plan.sigdefault();
        assertThat(def).hasSize(16);
        for (int sig = 1; sig <= 128; sig++) {
            boolean expected = sig != 9 && sig != 17 && sig != 32; // KILL, STOP, libthr's SIGTHR
            assertThat(SignalSets.contains(def, sig)).as("signal %d", sig).isEqualTo(expected);
        }
        assertThat(SignalSets.contains(def, 3)).as("SIGQUIT, blocked in JVM threads").isTrue();
    }

    @Test
    void capturedOutputGetsDevNullStdinPipesAndClosefrom() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(LaunchSpec.of("ls").inDirectory(Path.of("/tmp")), "id1", BASE,
                Optional.of(new ChildStdio(7, 9)));

        assertThat(plan.actions()).containsExactly(
                new FileAction.Open(0, "/dev/null", 0),
                new FileAction.Dup2(7, 1),
                new FileAction.Dup2(9, 2),
                new FileAction.CloseFrom(3),
                new FileAction.Chdir("/tmp"));
    }

    @Test
    void inheritedOutputKeepsZeroToTwoAndClosesTheRest() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(LaunchSpec.of("ls").withOutput(OutputMode.INHERIT), "id1", BASE,
                Optional.empty());

        assertThat(plan.actions()).containsExactly(new FileAction.CloseFrom(3));
    }

    @Test
    void refusesANewSessionWithAReasonInsteadOfPretending() {
        LaunchSpec session = LaunchSpec.of("sh").withIsolation(Isolation.SESSION);

        assertThatThrownBy(() -> FreeBsdSpawnPlanner.plan(session, "id1", BASE, Optional.empty()))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.OTHER))
                .hasMessageContaining("POSIX_SPAWN_SETSID");
    }

    @Test
    void refusesAnEmptyCommand() {
        assertThatThrownBy(() -> FreeBsdSpawnPlanner.plan(LaunchSpec.of(List.of()), "id1", BASE, Optional.empty()))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.EMPTY_COMMAND));
    }

    @Test
    void environmentCarriesTheLaunchTagAndTheSpecsVariables() throws LaunchException {
        LaunchSpec spec = LaunchSpec.of("env").withEnvironment("PATH", "/opt/bin").withEnvironment("X", "1");

        SpawnPlan plan = FreeBsdSpawnPlanner.plan(spec, "launch-7", BASE, Optional.empty());

        assertThat(plan.envp()).contains("PATH=/opt/bin", "X=1", "PROGENY_LAUNCH=launch-7")
                .doesNotContain("PATH=/bin:/usr/bin");
        assertThat(plan.argv()).containsExactly("env");
    }

    @Test
    void mapsSpawnErrnosToReasons() {
        SpawnPlan plan = new SpawnPlan((short) 0, 0, new byte[16], new byte[16], List.of(), List.of("nope"), List.of());

        assertThat(FreeBsdSpawnPlanner.failure("posix_spawnp", 2, plan).reason())
                .isEqualTo(LaunchException.Reason.NOT_FOUND);
        assertThat(FreeBsdSpawnPlanner.failure("posix_spawnp", 13, plan).reason())
                .isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
        assertThat(FreeBsdSpawnPlanner.failure("posix_spawnp", 8, plan).reason())
                .isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
        assertThat(FreeBsdSpawnPlanner.failure("posix_spawnattr_setflags", 22, plan))
                .hasMessageContaining("posix_spawnattr_setflags").hasMessageContaining("22");
    }

    @Test
    void containmentIsTheGroupTheReaperAndTheTag() {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);

        FreeBsdSpawnPlanner.containment(LaunchSpec.of("sh"), Optional.empty(), inForce, unavailable);

        assertThat(inForce).containsExactlyInAnyOrder(Containment.PROCESS_GROUP, Containment.REAPER,
                Containment.ENVIRONMENT_TAG);
        assertThat(unavailable).containsOnlyKeys(Containment.SUBREAPER, Containment.CGROUP);
    }

    @Test
    void aReaperThatCouldNotBeAcquiredIsReportedNotPretended() {
        Set<Containment> inForce = EnumSet.noneOf(Containment.class);
        Map<Containment, String> unavailable = new EnumMap<>(Containment.class);

        FreeBsdSpawnPlanner.containment(LaunchSpec.of("sh"), Optional.of("procctl: errno 1"), inForce, unavailable);

        assertThat(inForce).doesNotContain(Containment.REAPER);
        assertThat(unavailable).containsEntry(Containment.REAPER, "procctl: errno 1");
    }
}
