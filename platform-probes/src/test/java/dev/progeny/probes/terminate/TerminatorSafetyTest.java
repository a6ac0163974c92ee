package dev.progeny.probes.terminate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals, on the real platform. The signal asked for is WINCH, which every process here
 * ignores by default, so a refusal that failed would be seen (by the bystander, which writes it
 * down) rather than do harm; and every refusal is checked to have sent nothing.
 */
class TerminatorSafetyTest {
    private final Terminator terminator = Platform.current().terminator();
    private final SignalGuard guard = terminator.guard();
    private Bystander bystander;

    @TempDir
    Path dir;

    @BeforeEach
    void startBystander() throws IOException {
        bystander = new Bystander(dir);
    }

    @AfterEach
    void stopBystander() {
        bystander.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, -1, -2})
    void refusesProtectedPids(int pid) throws IOException {
        Delivery d = terminator.signal(new ProcessKey(pid, 0), Signal.WINCH);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(d.detail()).startsWith("refusing to signal pid " + pid);
        bystander.assertUntouched();
    }

    @Test
    void refusesTheNegativeOfTheBystandersGroup() throws IOException {
        Delivery d = terminator.signal(new ProcessKey(-bystander.pid(), 0), Signal.WINCH);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        bystander.assertUntouched();
    }

    @Test
    void refusesProgenyItself() {
        ProcessKey self = key(guard.ownPid());
        Delivery d = terminator.signal(self, Signal.WINCH);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(d.detail()).contains("Progeny itself");
    }

    @Test
    void refusesProgenysGroupAndSessionBeforeSendingAnything() {
        assertThatThrownBy(() -> terminator.signalGroup(guard.ownPgid(), Signal.WINCH, Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("Progeny's own group");
        assertThatThrownBy(() -> terminator.signalSession(guard.ownSid(), Signal.WINCH, Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("Progeny's own session");
        assertThatThrownBy(() -> terminator.escalate(new GroupFamily(1), Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("process group 1");
        assertThatThrownBy(() -> terminator.escalate(new SessionFamily(0), Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("session 0");
    }

    @Test
    void refusesATreeThatContainsProgeny() {
        int parent = (int) ProcessHandle.current().parent().orElseThrow().pid();
        assertThatThrownBy(() -> terminator.signal(new TreeFamily(parent), Signal.WINCH, Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("Progeny itself");
        assertThatThrownBy(() -> terminator.escalate(new TreeFamily(1), Duration.ZERO))
                .isInstanceOf(SignalRefusedException.class).hasMessageContaining("pid 1");
    }

    @Test
    void refusesAStaleKeyWhosePidNowNamesAnotherProcess() throws IOException {
        ProcessKey real = key(bystander.pid());
        ProcessKey stale = new ProcessKey(real.pid(), real.startTime() - 1);
        Delivery d = terminator.signal(stale, Signal.WINCH);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.REFUSED);
        assertThat(d.detail()).contains("pid " + real.pid()).contains("reused");
        bystander.assertUntouched();
    }

    @Test
    void positiveControlTheBystanderDoesNoticeASignalThatIsSent() {
        Delivery d = terminator.signal(key(bystander.pid()), Signal.WINCH);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.SENT);
        assertThatThrownBy(bystander::assertUntouched).isInstanceOf(Throwable.class);
    }

    private static ProcessKey key(int pid) {
        try {
            return Platform.current().processTable().snapshot().process(pid).map(ProcessInfo::key).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
