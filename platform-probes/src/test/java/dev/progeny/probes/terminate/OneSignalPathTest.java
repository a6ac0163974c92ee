package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Platform;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.CallSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every signal goes through the one guarded sender: kill(2) is called only by the two senders
 * (and by the terminal hand-over, which stops Progeny itself for job control).
 */
class OneSignalPathTest {
    private static final Path PROBES = CallSites.classesOf(Platform.class);

    @Test
    void onlyTheSendersCallKill() {
        assertThat(CallSites.callersOf(PROBES, PosixLibc.class, "kill"))
                .containsExactlyInAnyOrder("LinuxSignalSender", "KillSignalSender", "Terminal");
    }

    @Test
    void onlyTheLinuxSenderCallsThePidfdSystemCalls() throws ClassNotFoundException {
        assertThat(CallSites.callersOf(PROBES, Class.forName("dev.progeny.probes.linux.PidfdCalls"), "syscall"))
                .containsExactly("LinuxSignalSender");
    }
}
