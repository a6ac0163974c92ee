package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessState;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WaitDecoderTest {

    private static WaitingFor decode(ProcessState state, String syscall, String wchan, Map<Integer, Descriptor> fds) {
        return decode(state, syscall, wchan, fds, SyscallAbi.X86_64);
    }

    private static WaitingFor decode(ProcessState state, String syscall, String wchan, Map<Integer, Descriptor> fds,
                                     SyscallAbi abi) {
        return WaitDecoder.decode(new WaitInputs(state, Optional.ofNullable(syscall).map(SyscallLine::parse),
                Optional.ofNullable(wchan), fds, Optional.empty(), List.of()), abi);
    }

    private static Map<Integer, Descriptor> fds(String process, int... numbers) {
        Map<Integer, Descriptor> out = new HashMap<>();
        for (int fd : numbers) {
            out.put(fd, ProcSamples.descriptor(process, fd));
        }
        return out;
    }

    private static Map<Integer, Descriptor> link(int fd, String target) {
        return Map.of(fd, new Descriptor(fd, DescriptorTarget.parse(target), Optional.empty()));
    }

    @Test
    void yesBlockedOnAFullPipeWritesToItsStdoutPipe() {
        WaitingFor w = decode(ProcessState.SLEEPING, ProcSamples.read("yes-writer/syscall"),
                ProcSamples.read("yes-writer/wchan"), fds("yes-writer", 0, 1, 2));
        assertThat(w).isInstanceOfSatisfying(WaitingFor.PipeWrite.class, p -> {
            assertThat(p.fd()).isEqualTo(1);
            assertThat(p.pipe()).isEqualTo(ProcSamples.descriptor("yes-writer", 1).pipeInode());
            assertThat(p.call()).contains(Syscall.WRITE);
        });
    }

    @Test
    void catOnAnEmptyPipeReadsFromIt() {
        WaitingFor w = decode(ProcessState.SLEEPING, "0 0x0 0x7f34e7806000 0x20000 0x7f34e7899b60 0xffffffff 0x0 0x7ffe48ffc2d8 0x7f34e79822ad",
                "anon_pipe_read", link(0, "pipe:[27255]"));
        assertThat(w).isEqualTo(new WaitingFor.PipeRead(Optional.of(Syscall.READ), 0, 27255, PipeState.UNKNOWN));
    }

    @Test
    void epollCountsTheDescriptorsItsInstanceWatches() {
        WaitingFor w = decode(ProcessState.SLEEPING, ProcSamples.read("epoll-waiter/syscall"), "do_epoll_wait",
                fds("epoll-waiter", 3, 4, 7));
        assertThat(w).isEqualTo(new WaitingFor.Poll(Optional.of(Syscall.EPOLL_WAIT), OptionalInt.of(2)));
    }

    @Test
    void pollAndSelectTakeTheirCountFromTheirArguments() {
        assertThat(decode(ProcessState.SLEEPING, "7 0x7f4ae1a03730 0x3 0xffffffff 0x3 0x0 0x0 0x7fff5ebc44c8 0x7f4ae1d1a230",
                "poll_schedule_timeout.constprop.0", Map.of()))
                .isEqualTo(new WaitingFor.Poll(Optional.of(Syscall.POLL), OptionalInt.of(3)));
        assertThat(decode(ProcessState.SLEEPING, "270 0x4 0x7ffe4c4b7170 0x0 0x0 0x0 0x0 0x7ffe4c4b7090 0x7f234b31c954", null, Map.of()))
                .isEqualTo(new WaitingFor.Poll(Optional.of(Syscall.PSELECT6), OptionalInt.of(4)));
    }

    @Test
    void wait4NamesTheChildOrAnyChild() {
        assertThat(decode(ProcessState.SLEEPING, "61 0x247f 0x7ffe6cb60ca8 0x0 0x0 0x0 0x0 0x7ffe6cb60bf8 0x7f344c540bd3", "do_wait", Map.of()))
                .isInstanceOfSatisfying(WaitingFor.Child.class, c -> assertThat(c.childPid()).hasValue(0x247f));
        WaitingFor any = WaitDecoder.decode(new WaitInputs(ProcessState.SLEEPING,
                Optional.of(SyscallLine.parse("61 0xffffffff 0x7fff7b739a1c 0x0 0x0 0x2 0x1 0x7fff7b739a08 0x7f1c5500bbd3")),
                Optional.of("do_wait"), Map.of(), Optional.empty(), List.of(4243)), SyscallAbi.X86_64);
        assertThat(any).isInstanceOfSatisfying(WaitingFor.Child.class, c -> {
            assertThat(c.target().scope()).isEqualTo(ChildTarget.Scope.ANY);
            assertThat(c.childPid()).as("the only child").hasValue(4243);
        });
    }

    @Test
    void waitidOnAGroup() {
        assertThat(decode(ProcessState.SLEEPING, "247 0x2 0x1f40 0x7ffe0 0x4 0x0 0x0 0x1 0x2", null, Map.of()))
                .isInstanceOfSatisfying(WaitingFor.Child.class, c -> {
                    assertThat(c.target()).isEqualTo(new ChildTarget(ChildTarget.Scope.GROUP, 8000));
                    assertThat(c.childPid()).isEmpty();
                });
    }

    @Test
    void sleepsCarryTheLengthTheReaderFound() {
        WaitingFor w = WaitDecoder.decode(new WaitInputs(ProcessState.SLEEPING,
                Optional.of(SyscallLine.parse(ProcSamples.read("zombie-parent/syscall"))), Optional.of("hrtimer_nanosleep"),
                Map.of(), Optional.of(Duration.ofSeconds(30)), List.of()), SyscallAbi.X86_64);
        assertThat(w).isEqualTo(new WaitingFor.Sleep(Optional.of(Syscall.CLOCK_NANOSLEEP), Optional.of(Duration.ofSeconds(30)), false));
    }

    @Test
    void acceptFutexAndTerminals() {
        assertThat(decode(ProcessState.SLEEPING, "288 0x3 0x7ffe4956fca0 0x7ffe4956fc94 0x80000 0x0 0x0 0x7ffe4956fc68 0x7f0b14f28f63",
                "inet_csk_accept", link(3, "socket:[27721]")))
                .isEqualTo(new WaitingFor.Socket(Optional.of(Syscall.ACCEPT4), 3, 27721, SocketState.UNKNOWN));
        assertThat(decode(ProcessState.SLEEPING, "202 0x7f2ca8000b70 0x189 0x0 0x0 0x0 0xffffffff 0x7ffef8fd6950 0x7f2cb0ea3f16",
                "futex_do_wait", Map.of())).isEqualTo(new WaitingFor.Futex(Optional.of(Syscall.FUTEX)));
        assertThat(decode(ProcessState.SLEEPING, "0 0x0 0x1 0x2 0x3 0x4 0x5 0x6 0x7", "n_tty_read", link(0, "/dev/pts/3")))
                .isInstanceOfSatisfying(WaitingFor.Other.class, o -> assertThat(o.what()).isEqualTo("reading from terminal /dev/pts/3"));
    }

    @Test
    void theStateComesBeforeTheCall() {
        String sleeping = "230 0x0 0x0 0x7fff898baad0 0x7fff898bab10 0x0 0x0 0x7fff898baab8 0x7f5ceaab4503";
        assertThat(decode(ProcessState.STOPPED, sleeping, "do_signal_stop", Map.of()))
                .isEqualTo(new WaitingFor.Stopped(false, Optional.of(Syscall.CLOCK_NANOSLEEP)));
        assertThat(decode(ProcessState.ZOMBIE, ProcSamples.read("zombie/syscall"), "0", Map.of())).isEqualTo(new WaitingFor.Zombie());
        assertThat(decode(ProcessState.DISK_SLEEP, "74 0x3 0x0 0x0 0x0 0x0 0x0 0x1 0x2", "jbd2_log_wait_commit", Map.of()))
                .isEqualTo(new WaitingFor.Disk(Optional.of("jbd2_log_wait_commit"), Optional.of(Syscall.FSYNC)));
        assertThat(decode(ProcessState.SLEEPING, "running", "0", Map.of())).isEqualTo(new WaitingFor.Running());
        assertThat(decode(ProcessState.RUNNING, sleeping, null, Map.of())).isEqualTo(new WaitingFor.Running());
    }

    @Test
    void aarch64NumbersDecodeTheSameWaits() {
        assertThat(decode(ProcessState.SLEEPING, "64 0x1 0xaaaad000 0x2000 0x0 0x0 0x0 0xffffc0 0xffffa0", "anon_pipe_write",
                link(1, "pipe:[4242]"), SyscallAbi.AARCH64))
                .isEqualTo(new WaitingFor.PipeWrite(Optional.of(Syscall.WRITE), 1, 4242, PipeState.UNKNOWN));
        assertThat(decode(ProcessState.SLEEPING, "260 0xffffffff 0xffffc0 0x0 0x0 0x0 0x0 0xffffb0 0xffffa0", "do_wait",
                Map.of(), SyscallAbi.AARCH64)).isInstanceOf(WaitingFor.Child.class);
        assertThat(decode(ProcessState.SLEEPING, "73 0xffffc0 0x2 0x0 0x0 0x8 0x0 0xffffb0 0xffffa0", "do_sys_poll",
                Map.of(), SyscallAbi.AARCH64)).isEqualTo(new WaitingFor.Poll(Optional.of(Syscall.PPOLL), OptionalInt.of(2)));
    }

    @Test
    void withoutTheCallTheWaitChannelHintsAcrossKernelVersions() {
        assertThat(decode(ProcessState.SLEEPING, null, "pipe_write", Map.of()))
                .as("5.9 to 6.x").isEqualTo(new WaitingFor.PipeWrite(Optional.empty(), -1, -1, PipeState.UNKNOWN));
        assertThat(decode(ProcessState.SLEEPING, null, "anon_pipe_read", Map.of())).isInstanceOf(WaitingFor.PipeRead.class);
        assertThat(decode(ProcessState.SLEEPING, null, "pipe_wait", Map.of()))
                .as("before 5.9 one name served both directions").isInstanceOfSatisfying(WaitingFor.Other.class,
                        o -> assertThat(o.wchan()).contains("pipe_wait"));
        assertThat(decode(ProcessState.SLEEPING, null, "futex_wait_queue_me", Map.of())).isInstanceOf(WaitingFor.Futex.class);
        assertThat(decode(ProcessState.SLEEPING, null, "0", Map.of()))
                .isEqualTo(new WaitingFor.Other("unknown (no access to its system call)", Optional.empty(), Optional.empty()));
    }

    @Test
    void aKnownCallOnUnreadableDescriptorsStillUsesTheHint() {
        assertThat(decode(ProcessState.SLEEPING, ProcSamples.read("yes-writer/syscall"), "pipe_write", Map.of()))
                .isEqualTo(new WaitingFor.PipeWrite(Optional.of(Syscall.WRITE), 1, -1, PipeState.UNKNOWN));
    }

    @Test
    void anUnknownCallIsNamedByNumber() {
        assertThat(decode(ProcessState.SLEEPING, "39 0x0 0x0 0x0 0x0 0x0 0x0 0x1 0x2", "some_wait", Map.of()))
                .isEqualTo(new WaitingFor.Other("in system call 39", Optional.empty(), Optional.of("some_wait")));
    }
}
