package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatusTest {

    @Test
    void aProcessInANestedPidNamespaceHasTwoPids() {
        ProcStatus s = ProcStatus.parse(ProcSamples.read("nested-pid-ns/status"));
        assertThat(s.nspid()).hasSize(2).endsWith(1);
        assertThat(s.inNestedPidNamespace()).isTrue();
        assertThat(s.innermostPid()).isEqualTo(1);
        assertThat(s.nspgid()).hasSize(2).endsWith(0);
    }

    @Test
    void aProcessInTheReadersNamespaceHasOne() {
        ProcStatus s = ProcStatus.parse(ProcSamples.read("yes-writer/status"));
        assertThat(s.nspid()).hasSize(1);
        assertThat(s.inNestedPidNamespace()).isFalse();
    }

    @Test
    void signalMasksAreBitsPerSignal() {
        ProcStatus s = ProcStatus.parse("Pid:\t7\nSigBlk:\t0000000000000002\nSigIgn:\t0000000000000006\n"
                + "SigCgt:\t0000000000010000\n");
        assertThat(s.blocks(2)).isTrue();
        assertThat(s.ignores(3)).isTrue();
        assertThat(s.catches(17)).as("SIGCHLD on Linux").isTrue();
        assertThat(s.catches(16)).isFalse();
        assertThat(s.nspid()).as("a kernel before 4.1 has no NSpid").containsExactly(7);
    }

    @Test
    void withoutAnyPidItIsRefused() {
        assertThatThrownBy(() -> ProcStatus.parse("Name:\tx\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
