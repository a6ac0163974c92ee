package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.linux.PtraceState.Reason;
import org.junit.jupiter.api.Test;

/** Yama's ptrace_scope, decided on the text of the files the kernel writes. */
class PtraceScopeTest {
    private static final String NO_CAPS = "Name:\tjava\nCapInh:\t0000000000000000\nCapEff:\t0000000000000000\n";
    private static final String ROOT_CAPS = "Name:\tjava\nCapEff:\t000001ffffffffff\nCapBnd:\t000001ffffffffff\n";
    /** CAP_SYS_PTRACE alone: bit 19. */
    private static final String PTRACE_CAP = "CapEff:\t0000000000080000\n";

    @Test
    void scopesZeroAndOneLetAParentTraceItsLaunches() {
        assertThat(PtraceScope.refusal("0\n", NO_CAPS)).isEmpty();
        assertThat(PtraceScope.refusal("1\n", NO_CAPS)).isEmpty();
    }

    @Test
    void scopeTwoNeedsCapSysPtrace() {
        assertThat(PtraceScope.refusal("2\n", NO_CAPS)).hasValueSatisfying(u -> {
            assertThat(u.reason()).isEqualTo(Reason.YAMA_SCOPE);
            assertThat(u.detail()).contains("ptrace_scope is 2");
        });
        assertThat(PtraceScope.refusal("2\n", ROOT_CAPS)).isEmpty();
        assertThat(PtraceScope.refusal("2\n", PTRACE_CAP)).isEmpty();
    }

    @Test
    void scopeThreeRefusesEveryone() {
        assertThat(PtraceScope.refusal("3\n", ROOT_CAPS)).hasValueSatisfying(u -> assertThat(u.reason()).isEqualTo(Reason.YAMA_SCOPE));
    }

    @Test
    void unreadableTextLeavesTheDecisionToTheKernel() {
        assertThat(PtraceScope.refusal("", NO_CAPS)).isEmpty();
    }
}
