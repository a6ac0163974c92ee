package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchRegistry;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.RootWaiter;
import dev.progeny.probes.posix.RootWatch;
import dev.progeny.probes.posix.SelfGuard;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A root's waiter thread that breaks (here: letting a stopped start go fails) says so to every
 * waiter of the launch, instead of dying silently and leaving {@code waitFor} to time out.
 */
class RootWaiterFailureTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final RootWatch breaking = new RootWatch() {
        @Override
        public boolean stoppedStart(LaunchSpec spec) {
            return true;
        }

        @Override
        public Optional<EventSource> watch(Root root) {
            return new RootWaiter().watch(new Root(root.id(), root.spec(), root.key(), root.status(), true,
                    root.terminal(), root.errors(), () -> {
                        throw new IllegalStateException("cannot continue the group");
                    }));
        }
    };
    private final PosixLauncher launcher = new PosixLauncher(LinuxLaunching.binding(new LaunchCgroups(CgroupV2::find)),
            new LaunchRegistry(PosixLibc.INSTANCE.getpid()), new LinuxProcessTable(),
            new LinuxSignalSender(SelfGuard.create()), breaking);

    @Test
    void aBrokenWaiterFailsTheLaunchsStatus() throws Exception {
        String tag = TaggedProcesses.newTestTag("broken-waiter");
        Launch launch = launcher.launch(LaunchSpec.of("true").withContainment(Set.of())
                .withEnvironment(LaunchSpec.LAUNCH_TAG, tag), OutputLog.Listener.NONE);
        try {
            assertThatThrownBy(() -> launch.waitFor(PATIENCE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot continue the group");
        } finally {
            // Its waiter is gone: the root, stopped before exec, is ended and reaped here.
            Platform.current().terminator().signal(launch.root(), Signal.KILL);
            assertThat(PosixLibc.INSTANCE.waitpid(launch.pid(), new int[1], 0)).isEqualTo(launch.pid());
            launch.close();
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
