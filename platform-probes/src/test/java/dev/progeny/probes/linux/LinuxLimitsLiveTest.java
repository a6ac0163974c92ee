package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.limits.Hold;
import dev.progeny.probes.limits.LimitEvent;
import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.PosixLauncher;
import dev.progeny.probes.testing.TestLaunches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Limits on the live kernel, wherever this machine keeps the controllers (here: cgroup v1, nested
 * in this process's own cgroups): a memory hog is OOM-killed and named, a fork loop is refused
 * forks and counted, the CPU quota is written, limits change on a running launch, and the
 * launch's cgroups are gone after it. Skipped where no cgroup holds the limit (then the fallbacks
 * are tested elsewhere).
 */
class LinuxLimitsLiveTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private final PosixLauncher launcher = LinuxLaunching.launcher();
    private final List<Path> cgroups = new ArrayList<>();
    private TestLaunches launches;

    @BeforeEach
    void start(TestInfo info) {
        launches = new TestLaunches(launcher, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void nothingLeft() throws InterruptedException {
        launches.close();
        for (Path dir : cgroups) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(dir));
        }
    }

    private Launch launch(Limits limits, String... argv) throws Exception {
        Launch launch = launches.launch(LaunchSpec.of(argv).withLimits(limits));
        launch.limits().applied().holds().values().forEach(h -> {
            switch (h) {
                case Hold.CgroupV1 v1 -> cgroups.add(v1.cgroup());
                case Hold.CgroupV2 v2 -> cgroups.add(v2.cgroup());
                default -> { }
            }
        });
        return launch;
    }

    private static Path heldIn(Launch launch, LimitKind kind) {
        Hold hold = launch.limits().applied().holds().get(kind);
        assumeTrue(hold instanceof Hold.CgroupV1 || hold instanceof Hold.CgroupV2, () -> "no cgroup here: " + hold.describe());
        return hold instanceof Hold.CgroupV1 v1 ? v1.cgroup() : ((Hold.CgroupV2) hold).cgroup();
    }

    /** A memory hog under a 64M limit, once the OOM killer has killed it. */
    private Launch oomKilledHog() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "needs " + PYTHON);
        Launch launch = launch(Limits.NONE.with(LimitKind.MEMORY, 64L << 20), PYTHON.toString(), "-c", "b=bytearray(1<<30)");
        heldIn(launch, LimitKind.MEMORY);
        assertThat(launch.waitFor(Duration.ofSeconds(30))).contains(new ExitStatus.Killed(9, false));
        return launch;
    }

    @Test
    void aMemoryHogIsKilledByTheOomKillerAndNamed() throws Exception {
        Launch launch = oomKilledHog();
        List<LimitEvent> events = launch.limits().poll();
        assertThat(events).singleElement().isInstanceOfSatisfying(LimitEvent.OomKilled.class, e -> {
            assertThat(e.kills()).isEqualTo(1);
            assertThat(e.victims()).containsExactly(new LimitEvent.Victim(launch.pid(), "python3"));
            assertThat(e.message()).isEqualTo("memory limit 64M reached: " + launch.pid() + " python3 killed by the OOM killer");
        });
        assertThat(launch.limits().poll()).as("reported once").isEmpty();
    }

    @Test
    void whatBitIsKeptWhenTheLaunchClosesBeforeItWasRead() throws Exception {
        Launch launch = oomKilledHog();
        launch.close();
        assertThat(launch.limits().bitten()).singleElement().isInstanceOf(LimitEvent.OomKilled.class);
    }

    @Test
    void aForkLoopIsRefusedForksAndCounted() throws Exception {
        Launch launch = launch(Limits.NONE.with(LimitKind.PROCESSES, 10),
                "/bin/sh", "-c", "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do sleep 30 & done; wait");
        Path dir = heldIn(launch, LimitKind.PROCESSES);
        await().atMost(Duration.ofSeconds(10)).until(() -> !launch.limits().poll().isEmpty() || launch.exitStatus().isPresent());
        assertThat(CgroupV2.pids(dir).size()).isLessThanOrEqualTo(10);
        assertThat(Files.readString(dir.resolve("pids.events")).trim()).matches("max [1-9][0-9]*");
        assertThat(launch.limits().applied().lines())
                .containsExactly("10 processes: " + launch.limits().applied().holds().get(LimitKind.PROCESSES).describe());
    }

    @Test
    void limitsChangeOnARunningLaunch() throws Exception {
        Launch launch = launch(Limits.NONE.with(LimitKind.MEMORY, 64L << 20).with(LimitKind.CPU, 50), "sleep", "30");
        Path memory = heldIn(launch, LimitKind.MEMORY);
        Path cpu = heldIn(launch, LimitKind.CPU);
        boolean v2 = launch.limits().applied().holds().get(LimitKind.CPU) instanceof Hold.CgroupV2;
        assertThat(Files.readString(cpu.resolve(v2 ? "cpu.max" : "cpu.cfs_quota_us")).trim()).isEqualTo(v2 ? "50000 100000" : "50000");
        launch.limits().change(Limits.NONE.with(LimitKind.MEMORY, 128L << 20).with(LimitKind.PROCESSES, 50));
        assertThat(Files.readString(memory.resolve(v2 ? "memory.max" : "memory.limit_in_bytes")).trim()).isEqualTo("134217728");
        assertThat(Files.readString(cpu.resolve(v2 ? "cpu.max" : "cpu.cfs_quota_us")).trim()).isEqualTo(v2 ? "max 100000" : "-1");
        assertThat(launch.limits().applied().inForce().describe()).isEqualTo("memory 128M, 50 processes");
        // The wrapper enters its cgroups in the child, before exec: on a busy machine after launch() returns.
        Path pids = heldIn(launch, LimitKind.PROCESSES);
        await().atMost(Duration.ofSeconds(10)).until(() -> CgroupV2.pids(pids).contains(launch.pid()));
    }
}
