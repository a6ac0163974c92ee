package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.Limits;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.ExecWrapper.PreExec;
import dev.progeny.probes.posix.RlimitPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launch's limit steps run by the real {@code /bin/sh}: the wrapper enters every cgroup (here
 * plain files stand in for {@code cgroup.procs}), sets its rlimits and becomes the command through
 * its {@code via}, keeping its pid; a failing step stops it with exit 125 before the command runs.
 */
class LimitWrapperTest {

    private static String run(List<PreExec> steps, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(ExecWrapper.wrap(steps, command[0], List.of(command)));
        argv.set(0, ExecWrapper.SHELL);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + ":" + new String(p.getInputStream().readAllBytes()).trim();
    }

    @Test
    void entersEveryCgroupSetsItsRlimitsAndBecomesTheCommand(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b c"));
        List<PreExec> steps = new ArrayList<>(List.of(LinuxLaunching.enter(a), LinuxLaunching.enter(b)));
        Limits limits = Limits.NONE.with(LimitKind.MEMORY, 64L << 20).with(LimitKind.CPU_TIME, 7);
        steps.addAll(RlimitPlan.plan(limits, Map.of(LimitKind.MEMORY, "test", LimitKind.CPU_TIME, "test"), "test").steps());
        steps.add(PreExec.via(List.of("/usr/bin/env", "--")));

        String out = run(steps, "/bin/sh", "-c", "echo $$ $(ulimit -v) $(ulimit -t) \"$0\"", "it's me");

        String pid = Files.readString(a.resolve("cgroup.procs")).trim();
        assertThat(Files.readString(b.resolve("cgroup.procs")).trim()).isEqualTo(pid);
        assertThat(out).as("the command is the process that entered").isEqualTo("0:" + pid + " 65536 7 it's me");
    }

    @Test
    void aFailingStepStopsBeforeTheCommandWithExit125(@TempDir Path dir) throws Exception {
        assertThat(run(List.of(LinuxLaunching.enter(dir.resolve("missing"))), "/bin/echo", "ran"))
                .startsWith("125:progeny: ").doesNotContain("ran");
        assertThat(run(List.of(PreExec.checked("false", "x")), "/bin/echo", "ran")).isEqualTo("125:");
    }
}
