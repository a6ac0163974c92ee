package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Capability;
import dev.progeny.probes.OperatingSystem;
import dev.progeny.probes.Signal;
import org.junit.jupiter.api.Test;

class FreeBsdPlatformTest {

    @Test
    void signalTableUsesFreeBsdNumbers() {
        var t = FreeBsdSignals.TABLE;
        assertThat(t.number(Signal.STOP)).isEqualTo(17);
        assertThat(t.number(Signal.TSTP)).isEqualTo(18);
        assertThat(t.number(Signal.CONT)).isEqualTo(19);
        assertThat(t.number(Signal.CHLD)).isEqualTo(20);
        assertThat(t.number(Signal.USR1)).isEqualTo(30);
        assertThat(t.number(Signal.USR2)).isEqualTo(31);
        assertThat(t.number(Signal.BUS)).isEqualTo(10);
        assertThat(t.number(Signal.SYS)).isEqualTo(12);
        assertThat(t.number(Signal.TERM)).isEqualTo(15);
        assertThat(t.number(Signal.KILL)).isEqualTo(9);
        assertThat(t.number(Signal.EMT)).isEqualTo(7);
        assertThat(t.number(Signal.INFO)).isEqualTo(29);
        assertThat(t.signal(20)).contains(Signal.CHLD);
        assertThat(t.parse("SIGUSR1")).contains(Signal.USR1);
        assertThat(t.parse("17")).contains(Signal.STOP);
    }

    @Test
    void everySignalHasItsOwnNumber() {
        var t = FreeBsdSignals.TABLE;
        for (Signal s : Signal.values()) {
            if (t.has(s)) {
                assertThat(t.signal(t.number(s))).as(s.fullName()).contains(s);
            }
        }
        assertThat(t.has(Signal.PWR)).as("SIGPWR is Linux's").isFalse();
    }

    @Test
    void libraryAndRealTimeSignalsAreNotSent() {
        var t = FreeBsdSignals.TABLE;
        assertThat(t.parse("32")).as("SIGTHR, libthr's").isEmpty();
        assertThat(t.parse("33")).as("SIGLIBRT, librt's").isEmpty();
        assertThat(t.isRealTime("33")).isFalse();
        assertThat(t.isRealTime("65")).isTrue();
        assertThat(t.isRealTime("126")).isTrue();
        assertThat(t.isRealTime("127")).isFalse();
    }

    @Test
    void capabilitiesSayWhyThereIsNoNewSession() {
        var caps = new FreeBsdPlatform().capabilities();

        assertThat(caps.os()).isEqualTo(OperatingSystem.FREEBSD);
        assertThat(caps.has(Capability.ORPHAN_ADOPTION)).isTrue();
        assertThat(caps.has(Capability.ENVIRONMENT_TAG)).isTrue();
        assertThat(caps.has(Capability.OTHER_USERS_ARGV)).isTrue();
        assertThat(caps.has(Capability.NEW_SESSION)).isFalse();
        assertThat(caps.whyNot(Capability.NEW_SESSION)).hasValueSatisfying(
                why -> assertThat(why).contains("POSIX_SPAWN_SETSID"));
        assertThat(caps.has(Capability.CGROUP_KILL)).isFalse();
        assertThat(caps.has(Capability.PIDFD)).isFalse();
    }
}
