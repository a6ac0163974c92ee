package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.linux.PtraceStop.Delivery;
import dev.progeny.probes.linux.PtraceStop.Ended;
import dev.progeny.probes.linux.PtraceStop.Event;
import dev.progeny.probes.linux.PtraceStop.GroupStop;
import dev.progeny.probes.linux.PtraceStop.Trap;
import org.junit.jupiter.api.Test;

/** Wait statuses of a seized tracee, as waitpid(__WALL) gave them on this machine. */
class PtraceStopTest {

    @Test
    void endsAreExitCodesAndSignals() {
        assertThat(PtraceStop.decode(0x0500)).isEqualTo(new Ended(new ExitStatus.Exited(5)));
        assertThat(PtraceStop.decode(0x0009)).isEqualTo(new Ended(new ExitStatus.Killed(9, false)));
        assertThat(PtraceStop.decode(0x0086)).isEqualTo(new Ended(new ExitStatus.Killed(6, true)));
    }

    @Test
    void aStopWithoutAnEventIsASignalAboutToBeDelivered() {
        assertThat(PtraceStop.decode(0x137f)).isEqualTo(new Delivery(19));
        assertThat(PtraceStop.decode(0x117f)).isEqualTo(new Delivery(17));
        assertThat(PtraceStop.decode(0x127f)).isEqualTo(new Delivery(18));
    }

    @Test
    void eventStopsCarryTheEventAboveSigtrap() {
        // (SIGTRAP | PTRACE_EVENT_x << 8) << 8 | 0x7f
        assertThat(PtraceStop.decode(0x1057f)).isEqualTo(new Event(PtraceStop.EVENT_FORK));
        assertThat(PtraceStop.decode(0x2057f)).isEqualTo(new Event(PtraceStop.EVENT_VFORK));
        assertThat(PtraceStop.decode(0x3057f)).isEqualTo(new Event(PtraceStop.EVENT_CLONE));
        assertThat(PtraceStop.decode(0x4057f)).isEqualTo(new Event(PtraceStop.EVENT_EXEC));
        assertThat(PtraceStop.decode(0x6057f)).isEqualTo(new Event(PtraceStop.EVENT_EXIT));
        assertThat(new Event(PtraceStop.EVENT_VFORK).isCreation()).isTrue();
        assertThat(new Event(PtraceStop.EVENT_EXEC).isCreation()).isFalse();
    }

    @Test
    void eventStopWithAStopSignalIsAGroupStopAndWithSigtrapATrap() {
        assertThat(PtraceStop.decode(0x80137f)).isEqualTo(new GroupStop(19));
        assertThat(PtraceStop.decode(0x80147f)).isEqualTo(new GroupStop(20));
        assertThat(PtraceStop.decode(0x80157f)).isEqualTo(new GroupStop(21));
        assertThat(PtraceStop.decode(0x80167f)).isEqualTo(new GroupStop(22));
        assertThat(PtraceStop.decode(0x80057f)).isEqualTo(new Trap());
    }

    @Test
    void aContinuedWordIsNeitherAStopNorAnEnd() {
        // WCONTINUED is never asked for; if such a word came, it must not pass as an exit.
        assertThatThrownBy(() -> PtraceStop.decode(0xffff)).isInstanceOf(IllegalArgumentException.class);
    }
}
