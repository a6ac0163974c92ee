package dev.progeny.probes.linux;

import static dev.progeny.probes.linux.TracedLaunches.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Signal;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessEvent.Exec;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.linux.TracedLaunches.Traced;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suspend and Resume still work on a traced launch and its stops stay real (PTRACE_LISTEN), and
 * "Stop recording" releases every process, stopped ones staying stopped, so a debugger can attach.
 */
class TracerStopsTest {
    @RegisterExtension
    final TracedLaunches launches = new TracedLaunches();
    @TempDir
    Path dir;

    @Test
    void suspendStopsATracedLaunchAndResumeContinuesIt() throws Exception {
        Path ticks = dir.resolve("ticks");
        Traced t = launches.traced("sh", "-c", "while :; do echo >> \"$1\"; sleep 0.02; done", "sh", ticks.toString());
        Launch launch = t.launch();
        await().atMost(PATIENCE).until(() -> Files.exists(ticks));

        assertThat(launch.signalGroup(Signal.STOP).sent()).isTrue();
        await().atMost(PATIENCE).until(() -> t.source().stopped().contains(launch.pid()));
        long size = Files.size(ticks);
        Thread.sleep(300);
        assertThat(Files.size(ticks)).as("nothing runs while suspended").isEqualTo(size);
        // A stopped tracee shows as 't' (tracing stop); the source says which of those a user
        // stopped, and the table shows those as stopped.
        assertThat(TracedProcs.state(launch.pid())).isEqualTo('t');
        assertThat(new LinuxProcessTable().snapshot().process(launch.pid()).orElseThrow().state())
                .isEqualTo(ProcessState.STOPPED);

        assertThat(launch.signalGroup(Signal.CONT).sent()).isTrue();
        await().atMost(PATIENCE).until(() -> t.source().stopped().isEmpty());
        await().atMost(PATIENCE).until(() -> Files.size(ticks) > size);

        launch.signalGroup(Signal.KILL);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
    }

    @Test
    void detachReleasesEveryProcessAndTheLaunchStillGetsItsStatus() throws Exception {
        Traced t = launches.traced("sh", "-c", "sleep 1 & sleep 1 & wait; exit 9");
        await().atMost(PATIENCE).until(() -> t.events().of(Exec.class).stream().filter(e -> e.comm().equals("sleep")).count() == 2);

        t.source().detach().get();

        assertThat(t.source().state()).isEqualTo(new PtraceState.Detached());
        assertThat(t.source().tracedPids()).isEmpty();
        assertThat(t.events().all().getLast()).isInstanceOf(ProcessEvent.Lost.class);
        for (Fork f : t.events().of(Fork.class)) {
            assertThat(TracedProcs.tracer(f.pid())).as("tracer of %s", f.pid()).isIn(0, -1);
        }
        assertThat(t.launch().waitFor(PATIENCE)).contains(new ExitStatus.Exited(9));
    }

    @Test
    void detachWhileTheLaunchForksReleasesTheNewbornsToo() throws Exception {
        Traced t = launches.traced("sh", "-c", "i=0; while [ $i -lt 400 ]; do /bin/true; i=$((i+1)); done; exit 3");
        await().atMost(PATIENCE).until(() -> t.events().of(Fork.class).size() > 20);

        t.source().detach().get();

        assertThat(t.launch().waitFor(PATIENCE)).contains(new ExitStatus.Exited(3));
        assertThat(t.source().state()).isEqualTo(new PtraceState.Detached());
        assertThat(Tracer.shared().tracedPids()).isEmpty();
    }

    @Test
    void aStoppedProcessStaysStoppedAfterDetachAndADebuggerCanAttach() throws Exception {
        Path strace = Path.of("/usr/bin/strace");
        Traced t = launches.traced("sleep", "30");
        Launch launch = t.launch();
        launch.signalGroup(Signal.STOP);
        await().atMost(PATIENCE).until(() -> t.source().stopped().contains(launch.pid()));

        t.source().detach().get();

        // Let go from its trace stop, it runs for an instant before it re-enters the group stop.
        await().atMost(PATIENCE).until(() -> TracedProcs.state(launch.pid()) == 'T');
        assertThat(TracedProcs.tracer(launch.pid())).isZero();
        assumeThat(strace).isExecutable();
        Process debugger = new ProcessBuilder(strace.toString(), "-p", Integer.toString(launch.pid()), "-o", "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("strace.out").toFile()).start();
        try {
            await().atMost(PATIENCE).until(() -> TracedProcs.tracer(launch.pid()) == debugger.pid());
        } finally {
            debugger.destroy();
            debugger.waitFor();
        }
        launch.signalGroup(Signal.KILL);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
    }
}
