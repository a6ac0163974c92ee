package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyscallLineTest {

    @Test
    void aBlockedWriteHasItsNumberAndSixArguments() {
        SyscallLine line = SyscallLine.parse(ProcSamples.read("yes-writer/syscall"));
        assertThat(line).isInstanceOfSatisfying(SyscallLine.InCall.class, c -> {
            assertThat(c.nr()).isEqualTo(1);
            assertThat(c.intArg(0)).isEqualTo(1);
            assertThat(c.arg(2)).isEqualTo(0x2000);
        });
    }

    @Test
    void minusOneInAnIntArgumentIsMinusOne() {
        SyscallLine.InCall c = (SyscallLine.InCall) SyscallLine.parse(
                "61 0xffffffff 0x7fff7b739a1c 0x0 0x0 0x2 0x1 0x7fff7b739a08 0x7f1c5500bbd3");
        assertThat(c.intArg(0)).isEqualTo(-1);
        assertThat(c.arg(0)).isEqualTo(0xffffffffL);
    }

    @Test
    void aFullWidthRegisterParsesUnsigned() {
        SyscallLine.InCall c = (SyscallLine.InCall) SyscallLine.parse(
                "202 0xffffffffffffffff 0x189 0x0 0x0 0x0 0xffffffff 0x7ffef8fd6950 0x7f2cb0ea3f16");
        assertThat(c.arg(0)).isEqualTo(-1L);
    }

    @Test
    void aZombieIsNotInACall() {
        assertThat(SyscallLine.parse(ProcSamples.read("zombie/syscall"))).isInstanceOf(SyscallLine.NotInCall.class);
    }

    @Test
    void runningIsRunning() {
        assertThat(SyscallLine.parse("running\n")).isInstanceOf(SyscallLine.Running.class);
    }

    @Test
    void otherShapesAreRefused() {
        assertThatThrownBy(() -> SyscallLine.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyscallLine.parse("1 0x1 0x2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyscallLine.parse("1 1 2 3 4 5 6 7 8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyscallLine.parse("x 0x0 0x0")).isInstanceOf(IllegalArgumentException.class);
    }
}
