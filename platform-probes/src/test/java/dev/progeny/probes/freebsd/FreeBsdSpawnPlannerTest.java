package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.posix.ErrnoException;
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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreeBsdSpawnPlannerTest {
    private static final List<String> ENV = List.of("PATH=/bin:/usr/bin", "PROGENY_LAUNCH=id1");

    @Test
    void usesFreeBsdsOwnFlagBits() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("sleep", "5"), ENV));

        // include/spawn.h: SETPGROUP 0x02, SETSIGDEF 0x10, SETSIGMASK 0x20 (glibc's would be 0x04 / 0x08).
        assertThat(plan.flags()).isEqualTo((short) 0x32);
        assertThat(plan.flags() & 0x80).as("no glibc SETSID bit: EINVAL on FreeBSD").isZero();
        assertThat(plan.pgroup()).isZero();
    }

    @Test
    void emptiesTheMaskAndResetsEveryChangeableSignal() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("true"), ENV));

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
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("ls").inDirectory(Path.of("/tmp")), ENV,
                new SpawnRequest.Stdio.Captured(7, 9)));

        assertThat(plan.actions()).containsExactly(
                new FileAction.Open(0, "/dev/null", 0),
                new FileAction.Dup2(7, 1),
                new FileAction.Dup2(9, 2),
                new FileAction.CloseFrom(3),
                new FileAction.Chdir("/tmp"));
    }

    @Test
    void inheritedOutputKeepsZeroToTwoAndClosesTheRest() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("ls").withOutput(OutputMode.INHERIT), ENV));

        assertThat(plan.actions()).containsExactly(new FileAction.CloseFrom(3));
    }

    @Test
    void refusesANewSessionWithAReasonInsteadOfPretending() {
        LaunchSpec session = LaunchSpec.of("sh").withIsolation(Isolation.SESSION);

        assertThatThrownBy(() -> FreeBsdSpawnPlanner.plan(SpawnRequests.of(session, ENV)))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.OTHER))
                .hasMessageContaining("POSIX_SPAWN_SETSID");
    }

    @Test
    void theRequestsCommandAndEnvironmentGoThroughAsTheyAre() throws LaunchException {
        SpawnPlan plan = FreeBsdSpawnPlanner.plan(SpawnRequests.of(LaunchSpec.of("env", "-0"), ENV));

        assertThat(plan.path()).isEqualTo("/bin/env");
        assertThat(plan.argv()).containsExactly("env", "-0");
        assertThat(plan.envp()).isEqualTo(ENV);
    }

    @Test
    void mapsSpawnErrnosToReasons() {
        LaunchErrors errors = new LaunchErrors(FreeBsdConstants.ENOENT, FreeBsdConstants.ENOTDIR,
                FreeBsdConstants.EACCES, FreeBsdConstants.ENOEXEC, FreeBsdConstants.EINTR);

        assertThat(errors.reason(2)).isEqualTo(LaunchException.Reason.NOT_FOUND);
        assertThat(errors.reason(13)).isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
        assertThat(errors.reason(8)).isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
        assertThat(errors.failure("nope", new ErrnoException("posix_spawnattr_setflags", 22)))
                .hasMessageContaining("posix_spawnattr_setflags").hasMessageContaining("errno 22");
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
