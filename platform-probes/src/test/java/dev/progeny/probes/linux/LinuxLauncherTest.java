package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchException;
import dev.progeny.probes.launch.LaunchIndex;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.launch.Membership;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.launch.OutputMode;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.TestLaunches;
import dev.progeny.probes.testing.TestTrees;
import dev.progeny.probes.posix.PosixLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinuxLauncherTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final PosixLauncher launcher = LinuxLaunching.launcher();
    private TestLaunches launches;

    @BeforeEach
    void startLaunches(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        launches.close();
    }

    private Launch launch(LaunchSpec spec) throws LaunchException {
        return launches.launch(spec);
    }

    enum Mode { PLAIN, CONTAINED }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void childStartsWithEmptyMaskDefaultDispositionsAndOnlyStdio(Mode mode) throws Exception {
        LaunchSpec spec = LaunchSpec.of("sleep", "30");
        Launch launch = launch(mode == Mode.PLAIN ? spec.withContainment(Set.of()) : spec);
        Path proc = Path.of("/proc", Integer.toString(launch.pid()));
        // With a cgroup the root is a wrapper shell first: wait until it has become sleep.
        await().atMost(PATIENCE).until(() -> Files.readSymbolicLink(proc.resolve("exe")).getFileName().toString()
                .equals("sleep"));

        // HotSpot threads block SIGQUIT (platform-facts §6.4): the child's empty mask is the spawn's doing.
        assertThat(statusField(Path.of("/proc/thread-self"), "SigBlk") & (1L << 2)).isNotZero();
        assertThat(statusField(proc, "SigBlk")).isEqualTo(0L);
        assertThat(statusField(proc, "SigIgn")).isEqualTo(0L);
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            assertThat(fds.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("0", "1", "2");
        }
        assertThat(launch.containment()).contains(Containment.PROCESS_GROUP);
        if (mode == Mode.CONTAINED) {
            assertThat(launch.containment()).contains(Containment.SUBREAPER, Containment.ENVIRONMENT_TAG);
            TestLaunches.assumeCgroup(launch);
            assertThat(launch.containment()).contains(Containment.CGROUP);
        }
    }

    @Test
    void processGroupIsolationMakesAGroupInProgenysSession() throws Exception {
        Launch launch = launch(LaunchSpec.of("sleep", "30"));
        PosixLibc libc = PosixLibc.INSTANCE;
        assertThat(libc.getpgid(launch.pid())).isEqualTo(launch.pid());
        assertThat(libc.getsid(launch.pid())).isEqualTo(libc.getsid(0));
    }

    @Test
    void sessionIsolationMakesASessionAndGroup() throws Exception {
        Launch launch = launch(LaunchSpec.of("sleep", "30").withIsolation(Isolation.SESSION));
        PosixLibc libc = PosixLibc.INSTANCE;
        assertThat(libc.getpgid(launch.pid())).isEqualTo(launch.pid());
        assertThat(libc.getsid(launch.pid())).isEqualTo(launch.pid());
        assertThat(launch.containment()).contains(Containment.SESSION).doesNotContain(Containment.PROCESS_GROUP);
    }

    @Test
    void emptyCommandIsRefused() {
        assertThatThrownBy(() -> launch(LaunchSpec.of(List.of())))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.EMPTY_COMMAND));
    }

    @Test
    void unknownCommandIsNotFound() {
        assertThatThrownBy(() -> launch(LaunchSpec.of("progeny-no-such-command-42")))
                .isInstanceOfSatisfying(LaunchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LaunchException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("progeny-no-such-command-42");
                });
        assertThatThrownBy(() -> launch(LaunchSpec.of("/nonexistent/tool")))
                .isInstanceOfSatisfying(LaunchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LaunchException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("No such file or directory");
                });
    }

    @Test
    void fileWithoutExecuteBitIsNotExecutable(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("plain.txt"), "echo hi\n");
        assertThatThrownBy(() -> launch(LaunchSpec.of(script.toString())))
                .isInstanceOfSatisfying(LaunchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LaunchException.Reason.NOT_EXECUTABLE);
                    assertThat(e.getMessage()).contains("Permission denied");
                });
        assertThatThrownBy(() -> launch(LaunchSpec.of(dir.toString())))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchException.Reason.NOT_EXECUTABLE));
    }

    @Test
    void missingWorkingDirectoryIsABadDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> launch(LaunchSpec.of("true").inDirectory(dir.resolve("gone"))))
                .isInstanceOfSatisfying(LaunchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LaunchException.Reason.BAD_DIRECTORY);
                    assertThat(e.getMessage()).contains("No such file or directory");
                });
    }

    @Test
    void runsInTheDirectoryWithTheAddedEnvironment(@TempDir Path dir) throws Exception {
        Launch launch = launch(LaunchSpec.of("sh", "-c", "pwd; echo \"$GREETING\"; echo \"$PROGENY_LAUNCH\"")
                .inDirectory(dir).withEnvironment("GREETING", "hello"));
        assertThat(launch.waitFor()).isEqualTo(new ExitStatus.Exited(0));
        assertThat(launch.output().awaitFinished(PATIENCE)).isTrue();
        assertThat(launch.output().text(OutputLog.Stream.STDOUT))
                .isEqualTo(dir.toRealPath() + "\nhello\n" + launch.id() + "\n");
        assertThat(launch.id()).startsWith(launches.tag());
    }

    @Test
    void waitingTwiceGivesTheSameCachedStatus() throws Exception {
        Launch exits = launch(LaunchSpec.of("sh", "-c", "exit 7"));
        Launch killed = launch(LaunchSpec.of("sh", "-c", "kill -TERM $$"));
        assertThat(exits.waitFor()).isEqualTo(new ExitStatus.Exited(7));
        assertThat(exits.waitFor()).isEqualTo(new ExitStatus.Exited(7));
        assertThat(exits.waitFor(Duration.ZERO)).contains(new ExitStatus.Exited(7));
        assertThat(exits.exitStatus()).contains(new ExitStatus.Exited(7));
        assertThat(killed.waitFor()).isEqualTo(new ExitStatus.Killed(15, false));
        assertThat(killed.waitFor().shellCode()).isEqualTo(143);
        assertThat(launcher.rootPids()).doesNotContain(exits.pid(), killed.pid());
    }

    @Test
    void mergedOutputKeepsTheOrderAcrossStdoutAndStderr() throws Exception {
        Launch launch = launch(LaunchSpec.of("sh", "-c", "for i in 1 2 3 4 5 6; do echo out$i; echo err$i >&2; done")
                .withOutput(OutputMode.CAPTURE_MERGED));
        assertThat(launch.waitFor()).isEqualTo(new ExitStatus.Exited(0));
        assertThat(launch.output().awaitFinished(PATIENCE)).isTrue();
        assertThat(launch.output().text(OutputLog.Stream.STDOUT))
                .isEqualTo("out1\nerr1\nout2\nerr2\nout3\nerr3\nout4\nerr4\nout5\nerr5\nout6\nerr6\n");
        assertThat(launch.output().text(OutputLog.Stream.STDERR)).isEmpty();
    }

    @Test
    void onExitCompletesWithTheStatusWithoutAThreadOfTheCallers() throws Exception {
        Launch launch = launch(LaunchSpec.of("sh", "-c", "sleep 0.2; exit 7"));
        CompletableFuture<ExitStatus> seen = new CompletableFuture<>();
        launch.onExit().thenAccept(seen::complete);
        assertThat(seen).isNotDone();
        assertThat(seen.get(30, TimeUnit.SECONDS)).isEqualTo(new ExitStatus.Exited(7));
        // Once ended, a late caller is told at once.
        assertThat(launch.onExit().toCompletableFuture().getNow(null)).isEqualTo(new ExitStatus.Exited(7));
    }

    @Test
    void aRunningLaunchHasNoStatusYetAndIsARegisteredRoot() throws Exception {
        Launch launch = launch(LaunchSpec.of("sleep", "30"));
        assertThat(launch.exitStatus()).isEmpty();
        assertThat(launch.waitFor(Duration.ofMillis(50))).isEmpty();
        assertThat(launcher.rootPids()).contains(launch.pid());
    }

    @Test
    void aClosedLaunchsCgroupIsRemovedOnceItEmpties() throws Exception {
        Launch launch = launch(LaunchSpec.of("sleep", "30"));
        TestLaunches.assumeCgroup(launch);
        Path cgroup = launch.family().cgroup().orElseThrow();
        // The wrapper shell enters the cgroup just after posix_spawn returns, before it execs sleep.
        await().atMost(PATIENCE).until(() -> CgroupV2.pids(cgroup).contains(launch.pid()));
        launch.close();
        assertThat(cgroup).exists();
        PosixLibc.INSTANCE.kill(launch.pid(), 9);
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Killed(9, false));
        await().atMost(PATIENCE).until(() -> !Files.exists(cgroup));
    }

    @Test
    void theIndexTellsEachProcessItsLaunch() throws Exception {
        Launch first = launch(LaunchSpec.of("sleep", "30"));
        Launch second = launch(LaunchSpec.of("sleep", "30").withIsolation(Isolation.SESSION));
        assertThat(launcher.launches()).containsExactly(first, second);
        var owners = LaunchIndex.of(new LinuxProcessTable().snapshot(), launcher.launches());
        assertThat(owners.get(first.root()).launch()).isSameAs(first);
        assertThat(owners.get(second.root()).launch()).isSameAs(second);
        assertThat(owners.get(second.root()).membership().reasons()).contains(Membership.Reason.TREE,
                Membership.Reason.SESSION);
        first.close();
        assertThat(launcher.launches()).containsExactly(second);
    }

    @Test
    void megabytesOfOutputNeverBlockAndTheNewestIsKept() throws Exception {
        int bytes = 5 * OutputLog.DEFAULT_CAPACITY;
        Launch launch = launch(TestTreesSpec.of("chatty.sh", Integer.toString(bytes)));
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));
        assertThat(launch.output().awaitFinished(PATIENCE)).isTrue();
        OutputLog log = launch.output();
        assertThat(log.size()).isEqualTo(OutputLog.DEFAULT_CAPACITY);
        assertThat(log.droppedBytes()).isEqualTo(bytes + "END\n".length() - OutputLog.DEFAULT_CAPACITY);
        assertThat(log.text(OutputLog.Stream.STDERR)).isEqualTo("END\n");
        assertThat(log.text(OutputLog.Stream.STDOUT)).matches("x+");
    }

    @Test
    void aListenerGivenToTheLaunchIsToldOfEveryByteTheBoundedLogDrops() throws Exception {
        int bytes = 3 * OutputLog.DEFAULT_CAPACITY;
        AtomicLong heard = new AtomicLong();
        Launch launch = launches.launch(TestTreesSpec.of("chatty.sh", Integer.toString(bytes)),
                chunk -> heard.addAndGet(chunk.bytes().length));
        assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));
        assertThat(launch.output().awaitFinished(PATIENCE)).isTrue();
        assertThat(launch.output().droppedBytes()).isPositive();
        assertThat(heard.get()).isEqualTo(bytes + "END\n".length());
    }

    private static long statusField(Path proc, String field) throws IOException {
        for (String line : Files.readAllLines(proc.resolve("status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseUnsignedLong(line.substring(field.length() + 1).trim(), 16);
            }
        }
        throw new AssertionError(field + " missing");
    }

    /** Specs for the scripts in src/test/resources/trees. */
    static final class TestTreesSpec {
        static LaunchSpec of(String script, String... args) {
            return LaunchSpec.of(TestTrees.command(script, args));
        }
    }
}
