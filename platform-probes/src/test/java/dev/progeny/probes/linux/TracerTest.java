package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.progeny.probes.Signal;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.events.ProcessEvent.Exec;
import dev.progeny.probes.events.ProcessEvent.Exit;
import dev.progeny.probes.events.ProcessEvent.Fork;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.posix.PosixLibc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.progeny.probes.linux.TracedLaunches.Traced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A traced launch reports every process it had, in order, with its exit status. */
class TracerTest {
    private static final String PYTHON = "/usr/bin/python3";

    @RegisterExtension
    final TracedLaunches launches = new TracedLaunches();

    private Traced traced(String... argv) throws Exception {
        return launches.traced(argv);
    }

    @Test
    void recordsEveryForkExecAndExitOfALaunchInOrder() throws Exception {
        String script = "/bin/true; sh -c 'exit 3'; sleep 0.1 & wait; exit 5";
        Traced t = traced("sh", "-c", script);

        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(5));
        List<ProcessEvent> all = t.events().all();
        assertThat(all.getFirst()).isEqualTo(new Fork(all.getFirst().nanos(), t.launch().pid(), PosixLibc.INSTANCE.getpid(),
                t.launch().root().startTime()));
        assertThat(t.events().of(Fork.class)).hasSize(4);
        assertThat(t.events().exits().values()).containsExactlyInAnyOrder(new ExitStatus.Exited(0),
                new ExitStatus.Exited(3), new ExitStatus.Exited(0), new ExitStatus.Exited(5));
        assertThat(t.events().lastExec(t.launch().pid()).orElseThrow().argv()).containsExactly("/usr/bin/sh", "-c", script);
        assertThat(t.events().of(Exec.class)).extracting(Exec::comm).contains("sh", "true", "sleep");
        assertBornBeforeAnythingElseAndTimesInOrder(all);
        assertThat(t.source().state()).isEqualTo(new PtraceState.Ended());
        assertThat(t.launch().waitFor()).isEqualTo(t.launch().waitFor()).isEqualTo(new ExitStatus.Exited(5));
    }

    private static void assertBornBeforeAnythingElseAndTimesInOrder(List<ProcessEvent> all) {
        Set<Integer> born = new HashSet<>();
        long last = Long.MIN_VALUE;
        for (ProcessEvent e : all) {
            if (e instanceof Fork f) {
                assertThat(born.add(f.pid())).as("one fork for %s", f).isTrue();
            } else {
                assertThat(born).as("born before %s", e).contains(e.pid());
            }
            assertThat(e.nanos()).isGreaterThanOrEqualTo(last);
            last = e.nanos();
        }
    }

    @Test
    void aProcessKilledBySigkillIsReapedAndReported() throws Exception {
        Traced t = traced("sh", "-c", "sleep 30 & wait; exit 4");
        t.events().awaitAny(e -> e instanceof Exec x && x.comm().equals("sleep"));
        int sleeper = t.events().of(Exec.class).stream().filter(x -> x.comm().equals("sleep")).findFirst().orElseThrow().pid();

        PosixLibc.INSTANCE.kill(sleeper, LinuxSignals.TABLE.number(Signal.KILL));

        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(4));
        assertThat(t.events().exits()).containsEntry(sleeper, new ExitStatus.Killed(9, false));
    }

    @Test
    void signalsOtherThanStopsReachTheTracee() throws Exception {
        Traced t = traced("sh", "-c", "trap 'exit 7' USR1; while :; do sleep 0.05; done");
        t.events().awaitAny(e -> e instanceof Exec x && x.comm().equals("sleep"));

        assertThat(t.launch().signalGroup(Signal.USR1).sent()).isTrue();

        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(7));
    }

    @Test
    void anOrphanAdoptedByProgenyIsStillTracedAndReapedByTheTracer() throws Exception {
        Traced t = traced("sh", "-c", "(sleep 0.3; exit 6) & exit 0");
        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(0));
        int orphan = t.events().of(Fork.class).get(1).pid();
        assertThat(launches.launcher.rootPids()).contains(orphan);

        t.events().awaitAny(e -> e instanceof Exit x && x.pid() == orphan);

        assertThat(t.events().exits()).containsEntry(orphan, new ExitStatus.Exited(6));
    }

    @Test
    void threadsAreNotProcessesAndAThreadMayExec() throws Exception {
        assumeThat(Path.of(PYTHON)).isExecutable();
        String program = "import os, threading\n"
                + "ts = [threading.Thread(target=lambda: None) for _ in range(4)]\n"
                + "[t.start() for t in ts]; [t.join() for t in ts]\n"
                + "threading.Thread(target=lambda: os.execv('/bin/sh', ['sh', '-c', 'exit 8'])).start()\n"
                + "threading.Event().wait()\n";
        Traced t = traced(PYTHON, "-c", program);

        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(8));
        assertThat(t.events().of(Fork.class)).extracting(Fork::pid).containsExactly(t.launch().pid());
        assertThat(t.events().of(Exec.class)).extracting(Exec::comm).containsExactly("python3", "sh");
        assertThat(t.source().state()).isEqualTo(new PtraceState.Ended());
    }

    @Test
    void aChildMadeByPosixSpawnIsRecorded() throws Exception {
        assumeThat(Path.of(PYTHON)).isExecutable();
        Traced t = traced(PYTHON, "-c",
                "import os; p = os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 2'], {}); os.waitpid(p, 0)");

        assertThat(t.end()).isEqualTo(new ExitStatus.Exited(0));
        Fork child = t.events().of(Fork.class).get(1);
        assertThat(child.parentPid()).isEqualTo(t.launch().pid());
        assertThat(t.events().exits()).containsEntry(child.pid(), new ExitStatus.Exited(2));
    }

    @Test
    void tracedLaunchesKeepTheirOwnProcessesAndAnUntracedOneItsStatus() throws Exception {
        Traced a = traced("sh", "-c", "sleep 0.2 & wait; exit 1");
        Traced b = traced("sh", "-c", "sleep 0.2 & wait; exit 2");
        Launch untraced = launches.launch(LaunchSpec.of("sh", "-c", "sleep 0.1; exit 4"));

        assertThat(untraced.waitFor(TracedLaunches.PATIENCE)).contains(new ExitStatus.Exited(4));
        assertThat(a.end()).isEqualTo(new ExitStatus.Exited(1));
        assertThat(b.end()).isEqualTo(new ExitStatus.Exited(2));
        assertThat(untraced.events()).isEmpty();
        Set<Integer> ofA = new HashSet<>(a.events().exits().keySet());
        ofA.retainAll(b.events().exits().keySet());
        assertThat(ofA).isEmpty();
        assertThat(a.events().exits()).hasSize(2);
        assertThat(b.events().exits()).hasSize(2);
    }

    @Test
    void thePlatformWideSourceSeesEveryTracedLaunch() throws Exception {
        assertThat(Tracer.shared().availability()).isEmpty();
        RecordedEvents all = new RecordedEvents();
        Traced a;
        Traced b;
        try (var platformWide = Tracer.shared().events()) {
            assertThat(platformWide.name()).isEqualTo("ptrace");
            platformWide.start(all);
            a = traced("sh", "-c", "exit 1");
            b = traced("sh", "-c", "exit 2");
            a.end();
            b.end();
        }
        assertThat(all.exits()).containsEntry(a.launch().pid(), new ExitStatus.Exited(1))
                .containsEntry(b.launch().pid(), new ExitStatus.Exited(2));
    }

    @Test
    void theTracerThreadAndItsDoorbellEndWhenNothingIsTraced() throws Exception {
        Traced t = traced("sh", "-c", "exit 0");
        t.end();

        org.awaitility.Awaitility.await().atMost(TracedLaunches.PATIENCE).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(th -> th.getName().equals("progeny-tracer")));
        assertThat(Tracer.shared().tracedPids()).isEmpty();
        int self = PosixLibc.INSTANCE.getpid();
        try (var dirs = Files.list(Path.of("/proc"))) {
            assertThat(dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .filter(d -> cmdline(d).contains("progeny-tracer-doorbell")).filter(d -> ppid(d) == self)).isEmpty();
        }
    }

    private static String cmdline(Path dir) {
        try {
            return Files.readString(dir.resolve("cmdline"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int ppid(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 4).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
