package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Signal;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessEvent.Exec;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.TestLaunches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suspend and Resume still work on a traced launch and its stops stay real (PTRACE_LISTEN), and
 * "Stop recording" releases every process, stopped ones staying stopped, so a debugger can attach.
 */
class TracerStopsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final LinuxLauncher launcher = new LinuxLauncher();
    private TestLaunches launches;
    @TempDir
    Path dir;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    private PtraceSource record(Launch launch, RecordedEvents events) {
        PtraceSource source = (PtraceSource) launch.events().orElseThrow();
        source.start(events);
        return source;
    }

    @Test
    void suspendStopsATracedLaunchAndResumeContinuesIt() throws Exception {
        Path ticks = dir.resolve("ticks");
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "while :; do echo >> \"$1\"; sleep 0.02; done", "sh",
                ticks.toString()).traced(true));
        PtraceSource source = record(launch, new RecordedEvents());
        await().atMost(PATIENCE).until(() -> Files.exists(ticks));

        assertThat(launch.signalGroup(Signal.STOP)).isTrue();
        await().atMost(PATIENCE).until(() -> source.stopped().contains(launch.pid()));
        long size = Files.size(ticks);
        Thread.sleep(300);
        assertThat(Files.size(ticks)).as("nothing runs while suspended").isEqualTo(size);
        // A stopped tracee shows as 't' (tracing stop); the source says which of those a user stopped.
        assertThat(TracedProcs.state(launch.pid())).isEqualTo('t');

        assertThat(launch.signalGroup(Signal.CONT)).isTrue();
        await().atMost(PATIENCE).until(() -> source.stopped().isEmpty());
        await().atMost(PATIENCE).until(() -> Files.size(ticks) > size);

        launch.signalGroup(Signal.KILL);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
    }

    @Test
    void detachReleasesEveryProcessAndTheLaunchStillGetsItsStatus() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c", "sleep 1 & sleep 1 & wait; exit 9").traced(true));
        RecordedEvents events = new RecordedEvents();
        PtraceSource source = record(launch, events);
        await().atMost(PATIENCE).until(() -> events.of(Exec.class).stream().filter(e -> e.comm().equals("sleep")).count() == 2);

        source.detach().get();

        assertThat(source.state()).isEqualTo(new PtraceState.Detached());
        assertThat(source.tracedPids()).isEmpty();
        assertThat(events.all().getLast()).isInstanceOf(ProcessEvent.Lost.class);
        for (Fork f : events.of(Fork.class)) {
            assertThat(TracedProcs.tracer(f.pid())).as("tracer of %s", f.pid()).isIn(0, -1);
        }
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(9));
    }

    @Test
    void detachWhileTheLaunchForksReleasesTheNewbornsToo() throws Exception {
        Launch launch = launches.launch(LaunchSpec.of("sh", "-c",
                "i=0; while [ $i -lt 400 ]; do /bin/true; i=$((i+1)); done; exit 3").traced(true));
        RecordedEvents events = new RecordedEvents();
        PtraceSource source = record(launch, events);
        await().atMost(PATIENCE).until(() -> events.of(Fork.class).size() > 20);

        source.detach().get();

        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(3));
        assertThat(source.state()).isEqualTo(new PtraceState.Detached());
        assertThat(Tracer.shared().tracedPids()).isEmpty();
    }

    @Test
    void aStoppedProcessStaysStoppedAfterDetachAndADebuggerCanAttach() throws Exception {
        Path strace = Path.of("/usr/bin/strace");
        Launch launch = launches.launch(LaunchSpec.of("sleep", "30").traced(true));
        PtraceSource source = record(launch, new RecordedEvents());
        launch.signalGroup(Signal.STOP);
        await().atMost(PATIENCE).until(() -> source.stopped().contains(launch.pid()));

        source.detach().get();

        assertThat(TracedProcs.state(launch.pid())).isEqualTo('T');
        assertThat(TracedProcs.tracer(launch.pid())).isZero();
        assumeThat(strace).isExecutable();
        Process debugger = new ProcessBuilder(strace.toString(), "-p", Integer.toString(launch.pid()), "-o", "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("strace.out").toFile()).start();
        try {
            await().atMost(PATIENCE).until(() -> TracedProcs.tracer(launch.pid()) == debugger.pid());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("strace said: " + Files.readString(dir.resolve("strace.out")) + " alive=" + debugger.isAlive()
                    + " state=" + TracedProcs.state(launch.pid()) + " tracer=" + TracedProcs.tracer(launch.pid()), e);
        } finally {
            debugger.destroy();
            debugger.waitFor();
        }
        launch.signalGroup(Signal.KILL);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
    }
}
