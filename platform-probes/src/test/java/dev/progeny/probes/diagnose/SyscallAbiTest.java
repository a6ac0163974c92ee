package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyscallAbiTest {

    @Test
    void x8664AndAarch64NumberTheSameCallsDifferently() {
        assertThat(SyscallAbi.X86_64.call(0)).contains(Syscall.READ);
        assertThat(SyscallAbi.AARCH64.call(63)).contains(Syscall.READ);
        assertThat(SyscallAbi.X86_64.call(61)).contains(Syscall.WAIT4);
        assertThat(SyscallAbi.AARCH64.call(260)).contains(Syscall.WAIT4);
        assertThat(SyscallAbi.X86_64.call(230)).contains(Syscall.CLOCK_NANOSLEEP);
        assertThat(SyscallAbi.AARCH64.call(115)).contains(Syscall.CLOCK_NANOSLEEP);
        assertThat(SyscallAbi.X86_64.call(202)).contains(Syscall.FUTEX);
        assertThat(SyscallAbi.AARCH64.call(202)).contains(Syscall.ACCEPT);
    }

    @Test
    void aarch64HasNoPlainPollOrSelect() {
        assertThat(SyscallAbi.AARCH64.number(Syscall.POLL)).isEmpty();
        assertThat(SyscallAbi.AARCH64.number(Syscall.SELECT)).isEmpty();
        assertThat(SyscallAbi.AARCH64.number(Syscall.PPOLL)).contains(73);
    }

    @Test
    void numbersOutsideTheTableAreUnknown() {
        assertThat(SyscallAbi.X86_64.call(39)).as("getpid").isEmpty();
        assertThat(SyscallAbi.X86_64.call(-1)).isEmpty();
    }

    @Test
    void theArchitectureComesFromOsArch() {
        assertThat(SyscallAbi.of("amd64")).contains(SyscallAbi.X86_64);
        assertThat(SyscallAbi.of("aarch64")).contains(SyscallAbi.AARCH64);
        assertThat(SyscallAbi.of("riscv64")).isEmpty();
    }
}
