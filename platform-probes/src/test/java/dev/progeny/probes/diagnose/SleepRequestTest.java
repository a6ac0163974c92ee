package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleepRequestTest {

    private static byte[] timespec(long sec, long nsec) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(sec).putLong(nsec).array();
    }

    @Test
    void clockNanosleepKeepsItsRequestInTheThirdArgument() {
        SyscallLine.InCall line = (SyscallLine.InCall) SyscallLine.parse(ProcSamples.read("pipe-reader-sleeping/syscall"));
        SleepRequest r = SleepRequest.of(line, Syscall.CLOCK_NANOSLEEP).orElseThrow();
        assertThat(r.address()).isEqualTo(line.arg(2));
        assertThat(r.absolute()).isFalse();
        assertThat(r.length(timespec(600, 0), 0)).contains(Duration.ofSeconds(600));
    }

    @Test
    void aDeadlineSleepsForWhatIsLeftOfIt() {
        SyscallLine.InCall line = (SyscallLine.InCall) SyscallLine.parse(
                "230 0x1 0x1 0x7f2cb08a7c40 0x0 0x0 0x0 0x7f2cb08a7c00 0x7f2cb0eed545");
        SleepRequest r = SleepRequest.of(line, Syscall.CLOCK_NANOSLEEP).orElseThrow();
        assertThat(r.absolute()).isTrue();
        assertThat(r.clock()).isEqualTo(1);
        assertThat(r.length(timespec(100, 500_000_000), 70_000_000_000L)).contains(Duration.ofMillis(30_500));
        assertThat(r.length(timespec(100, 0), 200_000_000_000L)).contains(Duration.ZERO);
    }

    @Test
    void nanosleepPointsAtItsFirstArgument() {
        SyscallLine.InCall line = (SyscallLine.InCall) SyscallLine.parse("35 0x7ffd00 0x0 0x0 0x0 0x0 0x0 0x1 0x2");
        assertThat(SleepRequest.of(line, Syscall.NANOSLEEP)).hasValueSatisfying(r -> assertThat(r.address()).isEqualTo(0x7ffd00));
        assertThat(SleepRequest.of(line, Syscall.READ)).isEmpty();
    }

    @Test
    void shortOrInvalidTimespecsGiveNoLength() {
        SleepRequest r = new SleepRequest(1, 1, false);
        assertThat(r.length(new byte[8], 0)).isEmpty();
        assertThat(r.length(timespec(1, 2_000_000_000L), 0)).isEmpty();
    }
}
