package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.Reaped;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import dev.progeny.probes.launch.Launcher;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * reapOrphans() collects exactly the orphans re-parented to Progeny, with their exit status; and
 * the negative control: with the subreaper switched off the same orphan goes to init and the
 * same test cannot see it.
 */
class OrphanReaperTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The launched shell exits at once; its background subshell outlives it, then exits 7. */
    private static final String ORPHAN_EXITING_7 = "(sleep 0.5; exit 7) & echo $!";

    private final Launcher launcher = Platform.current().launcher();
    private final int self = PosixLibc.INSTANCE.getpid();
    private final String tag = TaggedProcesses.newTestTag("reaper");
    private final long since = LaunchCleanup.mark();
    private final List<Launch> launches = new ArrayList<>();

    @AfterEach
    void cleanUp() throws InterruptedException {
        LaunchCleanup.endAll(tag, launcher.rootPids(), since);
        for (Launch launch : launches) {
            launch.waitFor(PATIENCE);
            launch.close();
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void reapsTheOrphansOfALaunchWithTheirExitStatus() throws Exception {
        assertThat(Subreaper.ensure()).isEmpty();
        Optional<Reaped> reaped = orphanAsSeenByTheReaper(EnumSet.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG));
        assertThat(reaped).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(new ExitStatus.Exited(7)));
    }

    @Test
    void negativeControlWithoutTheSubreaperTheOrphanIsNeverSeen() throws Exception {
        assertThat(Subreaper.ensure()).isEmpty();
        setSubreaper(false);
        try {
            assertThat(orphanAsSeenByTheReaper(EnumSet.of(Containment.ENVIRONMENT_TAG))).isEmpty();
        } finally {
            setSubreaper(true);
        }
    }

    @Test
    void leavesLaunchRootsToTheirOwnLaunch() throws Exception {
        Launch launch = launch(LaunchSpec.of("sh", "-c", "exit 3").withContainment(EnumSet.of(Containment.ENVIRONMENT_TAG)));
        List<Reaped> all = new ArrayList<>();
        Optional<ExitStatus> status = Optional.empty();
        while (status.isEmpty()) {
            all.addAll(Platform.current().orphanReaper().reapOrphans(launcher.rootPids()));
            status = launch.waitFor(Duration.ofMillis(10));
        }
        assertThat(status).contains(new ExitStatus.Exited(3));
        assertThat(all).noneMatch(r -> r.pid() == launch.pid());
    }

    /**
     * Launches a shell whose subshell is orphaned and exits 7 later, waits until that subshell
     * has exited, reaping all the while, and returns what the reaper said about it, if anything.
     */
    private Optional<Reaped> orphanAsSeenByTheReaper(EnumSet<Containment> containment) throws Exception {
        Launch launch = launch(LaunchSpec.of("sh", "-c", ORPHAN_EXITING_7).withContainment(containment));
        int orphan = await().atMost(PATIENCE).until(() -> firstLine(launch), Optional::isPresent).orElseThrow();
        List<Reaped> reaped = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            reaped.addAll(Platform.current().orphanReaper().reapOrphans(launcher.rootPids()));
            return gone(orphan);
        });
        return reaped.stream().filter(r -> r.pid() == orphan).findFirst();
    }

    private Launch launch(LaunchSpec spec) throws Exception {
        Launch launch = launcher.launch(spec.withEnvironment(LaunchSpec.LAUNCH_TAG, tag));
        launches.add(launch);
        return launch;
    }

    private static Optional<Integer> firstLine(Launch launch) {
        String out = launch.output().text();
        int nl = out.indexOf('\n');
        return nl < 0 ? Optional.empty() : Optional.of(Integer.parseInt(out.substring(0, nl).trim()));
    }

    /** The orphan no longer exists as a process or zombie of ours (it was reaped, by us or by init). */
    private boolean gone(int pid) throws IOException {
        Optional<ProcessInfo> p = Platform.current().processTable().snapshot().process(pid);
        return p.isEmpty() || (p.get().ppid() != self && !p.get().state().isAlive());
    }

    private static void setSubreaper(boolean on) {
        assertThat(LinuxSpawnLibc.INSTANCE.prctl(LinuxSpawnLibc.PR_SET_CHILD_SUBREAPER, on ? 1 : 0, 0, 0, 0)).isZero();
    }
}
