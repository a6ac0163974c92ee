package dev.progeny.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.OutputLog;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ToolkitEnvironmentTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void gtkSeesGdkGlDisabledButLaunchedCommandsDoNot() throws Exception {
        String before = System.getenv(ToolkitEnvironment.GDK_GL);
        ToolkitEnvironment.prepare();

        assertThat(PosixLibc.INSTANCE.getenv(ToolkitEnvironment.GDK_GL)).isEqualTo(before == null ? "disable" : before);
        String tag = TaggedProcesses.newTestTag("toolkit-env");
        try (Launch launch = ShellLaunch.start(tag, "printf %s \"${GDK_GL-unset}\"")) {
            assertThat(launch.waitFor(PATIENCE)).contains(new ExitStatus.Exited(0));
            assertThat(launch.output().awaitFinished(PATIENCE)).isTrue();
            assertThat(launch.output().text(OutputLog.Stream.STDOUT)).isEqualTo(before == null ? "unset" : before);
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }
}
