package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import org.junit.jupiter.api.Test;

class CpuTrackerTest {

    @Test
    void percentIsCpuTimeOverWallTimeBetweenSnapshots() {
        CpuTracker cpu = new CpuTracker();
        ProcessInfo busy0 = Procs.proc(5, 1, 5, 5, "busy", ProcessState.RUNNING, 1_000_000_000L);
        ProcessInfo busy1 = Procs.proc(5, 1, 5, 5, "busy", ProcessState.RUNNING, 1_500_000_000L);
        ProcessInfo twoCores = Procs.proc(6, 1, 6, 6, "par", ProcessState.RUNNING, 0);
        ProcessInfo twoCores1 = Procs.proc(6, 1, 6, 6, "par", ProcessState.RUNNING, 2_000_000_000L);

        assertThat(cpu.update(Procs.snapshot(10_000, busy0, twoCores))).isEmpty();
        var percent = cpu.update(Procs.snapshot(11_000, busy1, twoCores1));

        assertThat(percent.get(busy1.key())).isCloseTo(50.0, within(0.01));
        assertThat(percent.get(twoCores1.key())).isCloseTo(200.0, within(0.01));
        assertThat(cpu.percentOf(busy1.key())).isCloseTo(50.0, within(0.01));
    }

    @Test
    void aNewProcessShowsZeroUntilItsSecondSnapshot() {
        CpuTracker cpu = new CpuTracker();
        cpu.update(Procs.snapshot(10_000));
        ProcessInfo born = Procs.proc(7, 1, 7, 7, "born", ProcessState.RUNNING, 900_000_000L);
        assertThat(cpu.update(Procs.snapshot(11_000, born))).doesNotContainKey(born.key());
        assertThat(cpu.percentOf(born.key())).isZero();
    }
}
