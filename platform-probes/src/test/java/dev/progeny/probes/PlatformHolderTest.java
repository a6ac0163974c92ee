package dev.progeny.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.freebsd.FreeBsdPlatform;
import dev.progeny.probes.linux.LinuxSignals;
import dev.progeny.probes.macos.MacOsPlatform;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The one place that picks the platform builds all three here, on Linux, without native calls. */
class PlatformHolderTest {

    @Test
    void buildsFreeBsdWithoutCallingFreeBsdOnlyCode() {
        Platform p = Platform.Holder.create(OperatingSystem.FREEBSD);

        assertThat(p).isInstanceOf(FreeBsdPlatform.class);
        assertThat(p.os()).isEqualTo(OperatingSystem.FREEBSD);
        assertThat(p.signals().os()).isEqualTo("FreeBSD");
        assertThat(p.capabilities().os()).isEqualTo(OperatingSystem.FREEBSD);
    }

    @Test
    void buildsMacOsWithoutCallingMacOnlyCode() {
        Platform p = Platform.Holder.create(OperatingSystem.MACOS);

        assertThat(p).isInstanceOf(MacOsPlatform.class);
        assertThat(p.os()).isEqualTo(OperatingSystem.MACOS);
        assertThat(p.signals().os()).isEqualTo("macOS");
        assertThat(p.capabilities().os()).isEqualTo(OperatingSystem.MACOS);
    }

    @Test
    void theRunningLinuxPlatformReportsItsCapabilities() {
        Capabilities caps = Platform.current().capabilities();

        assertThat(caps.os()).isEqualTo(OperatingSystem.LINUX);
        assertThat(caps.has(Capability.NEW_SESSION)).isTrue();
        assertThat(caps.has(Capability.ORPHAN_ADOPTION)).isTrue();
        for (Capability c : caps.unavailable().keySet()) {
            assertThat(caps.whyNot(c)).as(c.name()).isPresent();
        }
    }

    @Test
    void signalNumbersDifferWhereTheHeadersSayTheyDo() {
        SignalTable linux = LinuxSignals.TABLE;
        SignalTable freebsd = Platform.Holder.create(OperatingSystem.FREEBSD).signals();
        SignalTable macos = Platform.Holder.create(OperatingSystem.MACOS).signals();
        EnumSet<Signal> differ = EnumSet.noneOf(Signal.class);
        EnumSet<Signal> linuxOnly = EnumSet.noneOf(Signal.class);
        EnumSet<Signal> bsdOnly = EnumSet.noneOf(Signal.class);
        for (Signal s : Signal.values()) {
            assertThat(freebsd.has(s)).as("%s on both BSDs or neither", s).isEqualTo(macos.has(s));
            if (!freebsd.has(s)) {
                linuxOnly.add(s);
                continue;
            }
            assertThat(freebsd.number(s)).as("%s on both BSDs", s).isEqualTo(macos.number(s));
            if (!linux.has(s)) {
                bsdOnly.add(s);
            } else if (linux.number(s) != freebsd.number(s)) {
                differ.add(s);
            }
        }
        assertThat(differ).containsExactlyInAnyOrder(Signal.BUS, Signal.USR1, Signal.USR2, Signal.SYS, Signal.URG,
                Signal.STOP, Signal.TSTP, Signal.CONT, Signal.CHLD, Signal.IO);
        assertThat(linuxOnly).containsExactlyInAnyOrder(Signal.STKFLT, Signal.PWR);
        assertThat(bsdOnly).containsExactlyInAnyOrder(Signal.EMT, Signal.INFO);
    }
}
