package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.ProcessState;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * proc_pidinfo replies laid out as bsd/sys/proc_info.h defines them (offsets written out here,
 * apart from MacOsConstants): proc_bsdinfo is 136 bytes, proc_threadinfo 112.
 */
class MacOsWaitsTest {

    private static ByteBuffer bsdinfo(int flags) {
        ByteBuffer b = junk(136);
        b.putInt(0, flags);      // pbi_flags
        b.putInt(4, 3);          // pbi_status SSLEEP
        b.putInt(12, 4242);      // pbi_pid
        return b;
    }

    private static ByteBuffer threadinfo(int runState, int sleepSeconds) {
        ByteBuffer b = junk(112);
        b.putInt(24, runState);      // pth_run_state
        b.putInt(28, 0);             // pth_flags
        b.putInt(32, sleepSeconds);  // pth_sleep_time
        return b;
    }

    private static ByteBuffer junk(int size) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < size; i++) {
            b.put(i, (byte) 0xA5);
        }
        return b;
    }

    private static WaitingFor decode(ProcessState state, int flags, int runState, int sleep) {
        return MacOsWaits.decode(state, MacOsWaits.bsdFlags(bsdinfo(flags)), Optional.of(MacOsWaits.threadState(threadinfo(runState, sleep))));
    }

    @Test
    void aWaitingThreadSaysHowLongButNotOnWhat() {
        WaitingFor w = decode(ProcessState.SLEEPING, 0x10, 3, 42);
        assertThat(w.kind()).isEqualTo(WaitKind.OTHER);
        assertThat(WaitWords.describe(w)).isEqualTo("waiting for 42 s (macOS does not say on what)");
    }

    @Test
    void uninterruptibleIsDiskLikeAndAVforkParentIsNamed() {
        assertThat(decode(ProcessState.SLEEPING, 0, 4, 0)).isEqualTo(new WaitingFor.Disk(Optional.empty(), Optional.empty()));
        assertThat(decode(ProcessState.SLEEPING, 0x8, 3, 1)).isInstanceOfSatisfying(WaitingFor.Other.class,
                o -> assertThat(o.what()).isEqualTo("waiting for its vfork child to exec"));
    }

    @Test
    void tracedStopsAndZombiesComeFromTheState() {
        assertThat(decode(ProcessState.STOPPED, 0x2, 2, 0)).isEqualTo(new WaitingFor.Stopped(true, Optional.empty()));
        assertThat(decode(ProcessState.ZOMBIE, 0x4, 5, 0)).isEqualTo(new WaitingFor.Zombie());
        assertThat(MacOsWaits.decode(ProcessState.SLEEPING, 0, Optional.empty()).kind()).isEqualTo(WaitKind.OTHER);
    }

    @Test
    void shortRepliesAreRefused() {
        assertThatThrownBy(() -> MacOsWaits.bsdFlags(ByteBuffer.allocate(100))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MacOsWaits.threadState(ByteBuffer.allocate(111))).isInstanceOf(IllegalArgumentException.class);
    }
}
