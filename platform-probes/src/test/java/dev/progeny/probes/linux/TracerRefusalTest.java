package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Signal;
import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Isolation;
import dev.progeny.probes.linux.PtraceState.Reason;
import dev.progeny.probes.linux.PtraceState.Unavailable;
import dev.progeny.probes.posix.ErrnoException;
import dev.progeny.probes.posix.ExecWrapper;
import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.posix.SpawnRequest;
import dev.progeny.probes.posix.WaitStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * When the kernel refuses PTRACE_SEIZE, the source is unavailable with a typed reason and the
 * errno, and the held root is let go. The refusal is real: this test's own thread traces the
 * root first, and a process has one tracer at most (EPERM).
 */
class TracerRefusalTest {
    private static final int EPERM = 1;

    @Test
    void aRefusedSeizureLeavesTheSourceUnavailableAndTheRootReleased() throws Exception {
        int root = spawn(ExecWrapper.PreExec.STOP.script() + "; exec sleep 30");
        try (PtraceCalls otherTracer = new PtraceCalls()) {
            try {
                assertThat(PtraceCalls.awaitStopped(root)).isTrue();
                assertThat(otherTracer.seize(root)).isZero();

                AtomicBoolean letGo = new AtomicBoolean();
                PtraceSource source = Tracer.shared().trace("refused", root, () -> letGo.set(true), new NoRoot());

                assertThat(source.state()).isInstanceOfSatisfying(Unavailable.class, u -> {
                    assertThat(u.reason()).isEqualTo(Reason.SEIZE_REFUSED);
                    assertThat(u.errno()).isEqualTo(EPERM);
                });
                assertThat(source.tracedPids()).isEmpty();
                assertThat(Tracer.shared().tracedPids()).doesNotContain(root);
                assertThat(letGo).as("the hold is undone through the launch's own sender").isTrue();
            } finally {
                otherTracer.kill(root, LinuxSignals.TABLE.number(Signal.KILL));
                reap(otherTracer, root);
            }
        }
    }

    @Test
    void aRootThatEndedBeforeItsHoldIsReportedGone() throws Exception {
        int root = spawn("exit 3");
        PtraceSource source = Tracer.shared().trace("gone", root, () -> { }, new NoRoot());
        assertThat(source.state()).isInstanceOfSatisfying(Unavailable.class,
                u -> assertThat(u.reason()).isEqualTo(Reason.ROOT_GONE));
        int[] status = new int[1];
        assertThat(PosixLibc.INSTANCE.waitpid(root, status, 0)).isEqualTo(root);
        assertThat(WaitStatus.decode(status[0])).contains(new ExitStatus.Exited(3));
    }

    private static int spawn(String script) throws ErrnoException {
        return LinuxLaunching.spawner().spawn(LinuxSpawnPlanner.plan(new SpawnRequest(Path.of(ExecWrapper.SHELL),
                List.of("sh", "-c", script), List.of(), Optional.empty(), Isolation.PROCESS_GROUP,
                new SpawnRequest.Stdio.Inherited(false))));
    }

    /**
     * Waits on this thread, where it is both parent and tracer, until {@code pid} is reaped; even
     * killed, a tracee stops at its exit (PTRACE_EVENT_EXIT) until its tracer restarts it.
     */
    private static void reap(PtraceCalls calls, int pid) {
        while (calls.waitAny() != pid || !(PtraceStop.decode(calls.status()) instanceof PtraceStop.Ended)) {
            calls.cont(pid, 0);
        }
    }

    private static final class NoRoot implements PtraceRoot {
        @Override
        public void reaped(ExitStatus status) {
            throw new AssertionError("never traced");
        }

        @Override
        public void released() {
            throw new AssertionError("never traced");
        }
    }
}
