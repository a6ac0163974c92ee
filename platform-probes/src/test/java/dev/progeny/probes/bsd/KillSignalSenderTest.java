package dev.progeny.probes.bsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Signal;
import dev.progeny.probes.linux.LinuxSignals;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.terminate.Delivery.Outcome;
import dev.progeny.probes.terminate.Delivery;
import dev.progeny.probes.terminate.SignalGuard.GroupOwner;
import dev.progeny.probes.terminate.SignalGuard;
import dev.progeny.probes.terminate.TargetReading;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kill(2) sender FreeBSD and macOS use, run here on Linux with Linux's signal numbers and
 * the Linux table as the fresh lookup: its checks and its kill are the same code.
 */
class KillSignalSenderTest {
    private static final int ESRCH = 3;
    private static final int EPERM = 1;

    private final PosixLibc libc = PosixLibc.INSTANCE;
    private final SignalGuard guard = new SignalGuard(libc.getpid(), libc.getpgid(0), libc.getsid(0));
    private final String tag = TaggedProcesses.newTestTag("kill-sender");
    private Process sleeper;

    @AfterEach
    void endSleeper() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TaggedProcesses.alive(tag).isEmpty());
    }

    private static TargetReading fresh(int pid) {
        try {
            return Platform.current().processTable().snapshot().process(pid).map(TargetReading::of)
                    .orElseGet(TargetReading.Absent::new);
        } catch (IOException e) {
            return new TargetReading.Unreadable(0, e.getMessage());
        }
    }

    private KillSignalSender sender() {
        return new KillSignalSender(guard, LinuxSignals.TABLE, KillSignalSenderTest::fresh,
                new KillSignalSender.Errnos(ESRCH, EPERM));
    }

    private ProcessInfo startSleeper() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sleep", "60");
        pb.environment().put("PROGENY_LAUNCH", tag);
        sleeper = pb.start();
        return Platform.current().processTable().snapshot().process((int) sleeper.pid()).orElseThrow();
    }

    @Test
    void killsTheProcessTheKeyNames() throws Exception {
        ProcessInfo p = startSleeper();

        Delivery d = sender().send(p.key(), List.of(Signal.TERM)).getFirst();

        assertThat(d.outcome()).isEqualTo(Outcome.SENT);
        assertThat(sleeper.waitFor()).isEqualTo(128 + 15);
    }

    @Test
    void refusesAPidThatNowNamesAnotherProcess() throws Exception {
        ProcessInfo p = startSleeper();
        ProcessKey stale = new ProcessKey(p.pid(), p.startTime() - 1);

        Delivery d = sender().send(stale, List.of(Signal.KILL)).getFirst();

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.detail()).contains("reused");
        assertThat(sleeper.isAlive()).isTrue();
    }

    @Test
    void refusesInitAndItselfAndReportsTheGoneAsGone() {
        KillSignalSender s = sender();

        assertThat(s.send(new ProcessKey(1, 0), List.of(Signal.TERM)).getFirst().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(s.send(new ProcessKey(libc.getpid(), 0), List.of(Signal.TERM)).getFirst().outcome())
                .isEqualTo(Outcome.REFUSED);
        KillSignalSender nothingThere = new KillSignalSender(guard, LinuxSignals.TABLE, pid -> new TargetReading.Absent(),
                new KillSignalSender.Errnos(ESRCH, EPERM));
        assertThat(nothingThere.send(new ProcessKey(4_000_000, 1), List.of(Signal.TERM)).getFirst().outcome())
                .isEqualTo(Outcome.GONE);
        KillSignalSender unreadable = new KillSignalSender(guard, LinuxSignals.TABLE,
                pid -> new TargetReading.Unreadable(24, "Too many open files"), new KillSignalSender.Errnos(ESRCH, EPERM));
        assertThat(unreadable.send(new ProcessKey(4_000_000, 1), List.of(Signal.TERM)).getFirst().outcome())
                .as("unreadable is not gone").isEqualTo(Outcome.FAILED);
    }

    @Test
    void aGroupSignalNeedsTheMemberStillInThatGroupOutsideOurSession() throws Exception {
        ProcessInfo p = startSleeper();

        // ProcessBuilder children stay in our group and session: both must be refused.
        Delivery d = sender().sendToGroup(p.key(), p.pgid(), GroupOwner.FAMILY, List.of(Signal.KILL)).getFirst();

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(sleeper.isAlive()).isTrue();
    }
}
