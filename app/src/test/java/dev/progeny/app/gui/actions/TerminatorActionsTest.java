package dev.progeny.app.gui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An action that kills orphans Progeny adopted reaps them itself and reports how they ended:
 * Progeny leaves no zombie of its own making (before, Kill and Escalate said "all ended" while
 * {@code ps} showed the killed orphans as zombies of Progeny until Reap orphans was clicked).
 */
class TerminatorActionsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final String tag = TaggedProcesses.newTestTag("terminator-actions");
    private final long mark = LaunchCleanup.mark();
    private final Platform platform = Platform.current();
    private final TerminatorActions actions = new TerminatorActions(platform);
    private final int self = (int) ProcessHandle.current().pid();
    private Launch launch;

    @AfterEach
    void cleanUp() throws InterruptedException {
        LaunchCleanup.endAll(tag, platform.launcher().rootPids(), mark);
        if (launch != null) {
            assertThat(launch.waitFor(PATIENCE)).isPresent();
            launch.close();
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void escalateReapsTheOrphansItEnded() throws Exception {
        List<Integer> orphans = launchWithTwoAdoptedOrphans();
        ActionResult result = actions.escalate(ActionTarget.family(launch), Duration.ofSeconds(2));
        assertReaped(result, orphans, "killed by signal 15");
    }

    @Test
    void killReapsTheOrphansItKilled() throws Exception {
        List<Integer> orphans = launchWithTwoAdoptedOrphans();
        ProcessInfo root = platform.processTable().snapshot().process(launch.pid()).orElseThrow();
        ActionResult result = actions.signal(ActionTarget.around(ActionScope.GROUP, root, Optional.of(launch)),
                Signal.KILL);
        assertReaped(result, orphans, "killed by signal 9");
    }

    /** {@code sh -c} leaves two double-forked sleeps, adopted by this JVM as subreaper, and becomes a third. */
    private List<Integer> launchWithTwoAdoptedOrphans() throws Exception {
        launch = platform.launcher().launch(LaunchSpec.of("sh", "-c", "(sleep 300 &); (sleep 300 &); exec sleep 301")
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag)
                .withContainment(Set.of(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG)));
        await().atMost(PATIENCE).until(() -> adoptedOrphans().size() == 2);
        return adoptedOrphans();
    }

    private List<Integer> adoptedOrphans() throws Exception {
        Snapshot snapshot = platform.processTable().snapshot();
        return snapshot.children(self).stream()
                .filter(p -> p.pgid() == launch.pid() && p.pid() != launch.pid() && p.state().isAlive())
                .map(ProcessInfo::pid).toList();
    }

    private void assertReaped(ActionResult result, List<Integer> orphans, String how) throws Exception {
        assertThat(result.summary()).contains("reaped 2 orphans");
        for (int pid : orphans) {
            assertThat(result.details()).anySatisfy(line -> assertThat(line).startsWith(pid + " (sleep): reaped, " + how));
        }
        Snapshot after = platform.processTable().snapshot();
        assertThat(after.children(self)).as("no zombie of Progeny's own making")
                .noneMatch(p -> orphans.contains(p.pid()));
    }
}
