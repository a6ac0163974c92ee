package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.posix.ExecWrapper.PreExec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecWrapperTest {

    @Test
    void stepsRunInOrderEachWithItsArgumentsThenTheCommandIsExecd() {
        List<String> argv = ExecWrapper.wrap(List.of(new PreExec("echo $$ > \"$1\" || exit 125; shift", List.of("/cg/procs")),
                PreExec.STOP), "/usr/bin/sleep", List.of("sleep", "30"));

        assertThat(argv).containsExactly("sh", "-c", "echo $$ > \"$1\" || exit 125; shift; kill -STOP $$; exec \"$@\"",
                "progeny", "/cg/procs", "/usr/bin/sleep", "30");
    }

    @Test
    void aWrapperIsRecognisedAndTheCommandItBecomesIsNot() {
        assertThat(ExecWrapper.isWrapper(ExecWrapper.wrap(List.of(PreExec.STOP), "/bin/sh", List.of("sh", "-c", "x"))))
                .isTrue();
        assertThat(ExecWrapper.isWrapper(List.of("/bin/sh", "-c", "x"))).isFalse();
        assertThat(ExecWrapper.isWrapper(List.of("sh", "-c", "exec \"$@\"", "someone-else"))).isFalse();
    }

    @Test
    void oneStepMayHaveTheCommandExecdThroughAnother() {
        PreExec scope = PreExec.via(List.of("/usr/bin/systemd-run", "--user", "--scope", "--"));
        List<String> argv = ExecWrapper.wrap(List.of(PreExec.checked("ulimit -t \"$1\"", "60"), scope, PreExec.STOP),
                "/usr/bin/make", List.of("make", "-j8"));

        assertThat(argv).containsExactly("sh", "-c", "ulimit -t \"$1\" || exit 125; shift; kill -STOP $$; exec \"$@\"",
                "progeny", "60", "/usr/bin/systemd-run", "--user", "--scope", "--", "/usr/bin/make", "-j8");
        assertThat(ExecWrapper.isWrapper(argv)).isTrue();
        assertThatThrownBy(() -> ExecWrapper.wrap(List.of(scope, scope), "/usr/bin/make", List.of("make")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
