package dev.progeny.probes.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrapper shell joins every cgroup, sets its rlimits, then becomes the command; a failure is exit 125 before it. */
class PreExecStepTest {

    private static String run(PreExecStep step, String... command) throws IOException, InterruptedException {
        List<String> argv = step.shellArgv(command[0], List.of(command).subList(1, command.length));
        // argv[0] is "sh"; run it as /bin/sh, as the launcher does.
        Process p = new ProcessBuilder(concat("/bin/sh", argv.subList(1, argv.size()))).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + ":" + new String(p.getInputStream().readAllBytes()).trim();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    @Test
    void joinsInOrderSetsLimitsAndExecsTheCommand(@TempDir Path dir) throws Exception {
        Path a = Files.createFile(dir.resolve("a.procs"));
        Path b = Files.createFile(dir.resolve("b procs"));
        PreExecStep step = new PreExecStep(List.of(a), List.of("ulimit -v 65536")).then(new PreExecStep(List.of(b), List.of("ulimit -t 7")));
        String out = run(step, "/bin/sh", "-c", "echo $$ $(ulimit -v) $(ulimit -t) \"$0\"", "it's me");
        String pid = Files.readString(a).trim();
        assertThat(Files.readString(b).trim()).isEqualTo(pid);
        assertThat(out).as("the command is the process that joined").isEqualTo("0:" + pid + " 65536 7 it's me");
    }

    @Test
    void aFailureStopsBeforeTheCommandWithExit125(@TempDir Path dir) throws Exception {
        PreExecStep step = new PreExecStep(List.of(dir.resolve("missing/cgroup.procs")), List.of());
        assertThat(run(step, "/bin/echo", "ran")).startsWith("125:progeny: ").doesNotContain("ran");
        assertThat(run(new PreExecStep(List.of(), List.of("false")), "/bin/echo", "ran")).isEqualTo("125:");
    }

    @Test
    void aViewCanTellTheWrapperFromTheCommand() {
        PreExecStep step = new PreExecStep(List.of(Path.of("/cg/a/cgroup.procs"), Path.of("/cg/b/cgroup.procs")),
                List.of("ulimit -t 9"), List.of("/usr/bin/systemd-run", "--user", "--scope", "--"));
        List<String> command = List.of("make", "-j8", "all");
        assertThat(PreExecStep.wraps(step.shellArgv("/usr/bin/make", command.subList(1, 3)), command)).isTrue();
        assertThat(PreExecStep.wraps(command, command)).isFalse();
        assertThat(PreExecStep.wraps(List.of("sh", "-c", "echo hi", "progeny", "0", "make", "-j8", "all"), command)).isFalse();
        assertThat(PreExecStep.wraps(step.shellArgv("/usr/bin/make", List.of("-j2")), command)).isFalse();
    }
}
