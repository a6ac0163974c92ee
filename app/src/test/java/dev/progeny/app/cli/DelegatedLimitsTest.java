package dev.progeny.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.linux.DelegatedCgroup;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code progeny run} with limits as an unprivileged user (uid 65534) in cgroups delegated to it
 * the way systemd delegates a user's subtree ({@link DelegatedCgroup}): the launch gets a v2
 * cgroup of its own in the delegated one and its limits in v1 cgroups made inside the user's own;
 * a memory hog is OOM-killed and named, a fork loop is refused forks. As root only (CI runs as
 * root); the fixture removes everything it made.
 */
class DelegatedLimitsTest {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String PYTHON = "/usr/bin/python3";
    private static DelegatedCgroup fixture;

    @BeforeAll
    static void delegate() throws Exception {
        fixture = DelegatedCgroup.create();
    }

    @AfterAll
    static void undelegate() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @AfterEach
    void runLeftNothing() throws Exception {
        assertThat(fixture.leftovers()).as("processes left in the delegated cgroups").isEmpty();
    }

    private static DelegatedCgroup.Run progeny(String... args) throws Exception {
        return fixture.run(PATIENCE, "dev.progeny.app.Main", args);
    }

    private static String delegated(String controller) {
        return fixture.cgroups().stream().map(Path::toString).filter(p -> p.contains("/" + controller + "/")).findFirst()
                .orElseThrow();
    }

    @Test
    void aMemoryHogIsOomKilledAndNamed() throws Exception {
        DelegatedCgroup.Run run = progeny("run", "-v", "--memory", "64M", "--", PYTHON, "-c", "b = bytearray(1 << 30)");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(137);
        assertThat(run.err()).contains("CGROUP")
                .contains("progeny: limit memory 64M: cgroup v1 memory.limit_in_bytes in " + delegated("memory") + "/progeny-")
                .containsPattern("progeny: memory limit 64M reached: \\d+ python3 killed by the OOM killer");
    }

    @Test
    void aForkLoopIsRefusedForksAndEnded() throws Exception {
        DelegatedCgroup.Run run = progeny("run", "-v", "--pids", "20", "--cpu", "50%", "--timeout", "3s", "--grace", "1s",
                "--", PYTHON, "-c", LimitScenarios.FORK_LOOP);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(RunCommand.EXIT_TIMEOUT);
        assertThat(run.err()).contains("progeny: limit 20 processes: cgroup v1 pids.max in " + delegated("pids") + "/progeny-")
                .contains("progeny: limit cpu 50 % (0.5 cores): cgroup v1 cpu.cfs_quota_us in " + delegated("cpu") + "/progeny-")
                .containsPattern("progeny: fork refused \\d+ times?: process limit 20");
    }
}
