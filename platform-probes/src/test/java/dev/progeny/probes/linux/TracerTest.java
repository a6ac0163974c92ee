package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessEvent.Exec;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TestLaunches;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** A traced launch reports every process it had, in order, with its exit status. */
class TracerTest {
    private final LinuxLauncher launcher = new LinuxLauncher();
    private TestLaunches launches;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    @Test
    void recordsEveryForkExecAndExitOfALaunchInOrder() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "/bin/true; sh -c 'exit 3'; sleep 0.1 & wait; exit 5").traced(true));
        RecordedEvents events = new RecordedEvents();
        PtraceSource source = (PtraceSource) launch.events().orElseThrow();
        assertThat(source.state()).isEqualTo(new PtraceState.Tracing());
        source.start(events);

        assertThat(launch.waitFor(Duration.ofSeconds(30))).contains(new ExitStatus.Exited(5));
        events.awaitAny(e -> e instanceof Exit x && x.pid() == launch.pid());
        List<ProcessEvent> all = events.all();
        assertThat(all.getFirst()).isInstanceOfSatisfying(Fork.class, f -> assertThat(f.pid()).isEqualTo(launch.pid()));
        List<Fork> forks = events.of(Fork.class);
        assertThat(forks).hasSize(4);
        assertThat(events.exits().values()).containsExactlyInAnyOrder(new ExitStatus.Exited(0), new ExitStatus.Exited(3),
                new ExitStatus.Exited(0), new ExitStatus.Exited(5));
        assertThat(events.lastExec(launch.pid()).orElseThrow().argv()).containsExactly(
                "/usr/bin/sh", "-c", "/bin/true; sh -c 'exit 3'; sleep 0.1 & wait; exit 5");
        Set<Integer> born = new HashSet<>();
        for (ProcessEvent e : all) {
            if (e instanceof Fork f) {
                born.add(f.pid());
            } else {
                assertThat(born).as("born before %s", e).contains(e.pid());
            }
        }
        assertThat(source.state()).isEqualTo(new PtraceState.Ended());
    }
}
