package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WaitWordsTest {
    private static final Optional<Syscall> WRITE = Optional.of(Syscall.WRITE);

    @Test
    void pipesSayHowFullTheyAre() {
        PipeState full = new PipeState(List.of(new PipeEnd(4243, 0)), Optional.of(new PipeFill(65536, 65536)), true);
        assertThat(WaitWords.describe(new WaitingFor.PipeWrite(WRITE, 1, 123456, full))).isEqualTo("writing to pipe 123456 (full, 64 KiB)");
        assertThat(WaitWords.describe(new WaitingFor.PipeWrite(WRITE, 1, 123456, PipeState.UNKNOWN))).isEqualTo("writing to pipe 123456 (full)");
        assertThat(WaitWords.describe(new WaitingFor.PipeRead(Optional.empty(), -1, -1, PipeState.UNKNOWN))).isEqualTo("reading from a pipe (empty)");
        PipeState some = new PipeState(List.of(), Optional.of(new PipeFill(100, 65536)), true);
        assertThat(WaitWords.describe(new WaitingFor.PipeRead(WRITE, 0, 7, some))).isEqualTo("reading from pipe 7 (100 B unread)");
    }

    @Test
    void childrenAndSleeps() {
        assertThat(WaitWords.describe(new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.PID, 4242), List.of()))).isEqualTo("waiting for child 4242");
        assertThat(WaitWords.describe(new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.ANY, 0), List.of(5, 6))))
                .isEqualTo("waiting for any of its children 5, 6");
        assertThat(WaitWords.describe(new WaitingFor.Sleep(Optional.of(Syscall.NANOSLEEP), Optional.of(Duration.ofSeconds(30)), false)))
                .isEqualTo("sleeping 30 s");
        assertThat(WaitWords.describe(new WaitingFor.Sleep(Optional.of(Syscall.NANOSLEEP), Optional.empty(), false)))
                .isEqualTo("sleeping in nanosleep");
        assertThat(WaitWords.where(new WaitingFor.Sleep(Optional.of(Syscall.CLOCK_NANOSLEEP), Optional.of(Duration.ofSeconds(600)), false)))
                .isEqualTo("sleeping in clock_nanosleep");
    }

    @Test
    void pollsSocketsAndTheRest() {
        assertThat(WaitWords.describe(new WaitingFor.Poll(Optional.of(Syscall.POLL), OptionalInt.of(3)))).isEqualTo("polling 3 descriptors (poll)");
        assertThat(WaitWords.describe(new WaitingFor.Socket(Optional.of(Syscall.ACCEPT4), 3, 27721, SocketState.UNKNOWN))).isEqualTo("accept on socket 27721");
        assertThat(WaitWords.describe(new WaitingFor.Disk(Optional.of("io_schedule"), Optional.empty()))).isEqualTo("uninterruptible in io_schedule");
        assertThat(WaitWords.describe(new WaitingFor.Other("waiting for a signal", Optional.of(Syscall.PAUSE), Optional.empty())))
                .isEqualTo("waiting for a signal (pause)");
    }

    @Test
    void durationsAndSizesReadNaturally() {
        assertThat(WaitWords.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(WaitWords.duration(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(WaitWords.duration(Duration.ofSeconds(600))).isEqualTo("10 min");
        assertThat(WaitWords.duration(Duration.ofSeconds(7500))).isEqualTo("2 h 5 min");
        assertThat(WaitWords.bytes(65536)).isEqualTo("64 KiB");
        assertThat(WaitWords.bytes(1 << 20)).isEqualTo("1 MiB");
        assertThat(WaitWords.bytes(100)).isEqualTo("100 B");
    }
}
