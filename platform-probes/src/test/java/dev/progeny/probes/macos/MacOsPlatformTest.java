package dev.progeny.probes.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Capability;
import dev.progeny.probes.Signal;
import org.junit.jupiter.api.Test;

class MacOsPlatformTest {

    @Test
    void signalTableUsesMacOsNumbers() {
        var t = MacOsSignals.TABLE;
        assertThat(t.number(Signal.STOP)).isEqualTo(17);
        assertThat(t.number(Signal.TSTP)).isEqualTo(18);
        assertThat(t.number(Signal.CONT)).isEqualTo(19);
        assertThat(t.number(Signal.CHLD)).isEqualTo(20);
        assertThat(t.number(Signal.USR1)).isEqualTo(30);
        assertThat(t.number(Signal.USR2)).isEqualTo(31);
        assertThat(t.number(Signal.WINCH)).isEqualTo(28);
        assertThat(t.number(Signal.EMT)).isEqualTo(7);
        assertThat(t.number(Signal.INFO)).isEqualTo(29);
        assertThat(t.signal(17)).contains(Signal.STOP);
        for (Signal s : Signal.values()) {
            if (t.has(s)) {
                assertThat(t.signal(t.number(s))).as(s.fullName()).contains(s);
            }
        }
        assertThat(t.has(Signal.STKFLT)).as("SIGSTKFLT is Linux's").isFalse();
        assertThat(t.isRealTime("34")).as("macOS has no real-time signals").isFalse();
        assertThat(t.isRealTime("RTMIN")).as("but the name is still recognised").isTrue();
    }

    @Test
    void capabilitiesSayOrphansCannotBeAdopted() {
        var caps = new MacOsPlatform().capabilities();

        assertThat(caps.has(Capability.NEW_SESSION)).isTrue();
        assertThat(caps.has(Capability.ENVIRONMENT_TAG)).isTrue();
        assertThat(caps.has(Capability.ORPHAN_ADOPTION)).isFalse();
        assertThat(caps.whyNot(Capability.ORPHAN_ADOPTION)).hasValueSatisfying(
                why -> assertThat(why).contains("cannot be adopted"));
        assertThat(caps.has(Capability.OTHER_USERS_ARGV)).isFalse();
        assertThat(caps.has(Capability.CGROUP_KILL)).isFalse();
    }
}
