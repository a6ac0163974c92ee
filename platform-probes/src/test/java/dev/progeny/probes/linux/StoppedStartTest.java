package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.RootWaiter;
import dev.progeny.probes.posix.RootWatch;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.testing.TestLaunches;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seam a tracer needs: with a watch that asks for a stopped start, the root waits stopped in
 * the wrapper, before exec, until the watch lets it go; the table shows the wrapper then, and the
 * user's command (the same {@code sh}) once it has exec'd, never the wrapper read once for good.
 */
class StoppedStartTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final LinuxProcessTable table = new LinuxProcessTable();
    private final AtomicReference<ProcessInfo> seenStopped = new AtomicReference<>();
    private final RootWatch tracerLike = new RootWatch() {
        @Override
        public boolean stoppedStart(LaunchSpec spec) {
            return true;
        }

        @Override
        public Optional<EventSource> watch(Root root) {
            seenStopped.set(await().atMost(PATIENCE).until(() -> table.snapshot().process(root.key().pid()).orElse(null),
                    p -> p != null && p.state() == ProcessState.STOPPED));
            return new RootWaiter().watch(root);
        }
    };
    private final PosixLauncher launcher = new PosixLauncher(LinuxLaunching.binding(new LaunchCgroups(CgroupV2::find)),
            new LaunchRegistry(PosixLibc.INSTANCE.getpid()), table, new LinuxSignalSender(SelfGuard.create()),
            tracerLike);
    private final TestLaunches launches = new TestLaunches(launcher, "stopped-start");

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    private List<String> argvOf(int pid) throws IOException {
        return table.snapshot().process(pid).map(ProcessInfo::argv).orElse(List.of());
    }

    @Test
    void theRootWaitsBeforeExecUntilItsWatchLetsItGo() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "sleep 1; exit 5"));

        assertThat(ExecWrapper.isWrapper(seenStopped.get().argv())).as("stopped in the wrapper").isTrue();
        List<String> shown = await().atMost(PATIENCE).until(() -> argvOf(launch.pid()),
                argv -> !argv.isEmpty() && !ExecWrapper.isWrapper(argv));
        assertThat(shown).endsWith("-c", "sleep 1; exit 5");
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(5));
    }
}
