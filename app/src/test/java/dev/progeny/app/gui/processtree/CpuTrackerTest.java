package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CpuTrackerTest {
    private static final IntPredicate ALL = pid -> true;

    @Test
    void percentIsCpuTimeOverWallTimeBetweenSnapshots() {
        CpuTracker cpu = new CpuTracker();
        ProcessInfo busy0 = Procs.proc(5, 1, 5, 5, "busy", ProcessState.RUNNING, 1_000_000_000L);
        ProcessInfo busy1 = Procs.proc(5, 1, 5, 5, "busy", ProcessState.RUNNING, 1_500_000_000L);
        ProcessInfo twoCores = Procs.proc(6, 1, 6, 6, "par", ProcessState.RUNNING, 0);
        ProcessInfo twoCores1 = Procs.proc(6, 1, 6, 6, "par", ProcessState.RUNNING, 2_000_000_000L);

        cpu.update(Procs.snapshot(10_000, busy0, twoCores), ALL);
        assertThat(cpu.percentOf(busy0.key())).isZero();
        cpu.update(Procs.snapshot(11_000, busy1, twoCores1), ALL);

        assertThat(cpu.percentOf(busy1.key())).isCloseTo(50.0, within(0.01));
        assertThat(cpu.percentOf(twoCores1.key())).isCloseTo(200.0, within(0.01));
    }

    @Test
    void aNewProcessShowsZeroUntilItsSecondSnapshot() {
        CpuTracker cpu = new CpuTracker();
        cpu.update(Procs.snapshot(10_000), ALL);
        ProcessInfo born = Procs.proc(7, 1, 7, 7, "born", ProcessState.RUNNING, 900_000_000L);
        cpu.update(Procs.snapshot(11_000, born), ALL);
        assertThat(cpu.percentOf(born.key())).isZero();
    }

    /**
     * The launches view carries non-members over between full readings; the full reading then
     * holds four seconds of a busy process's CPU time, which over the last refresh's one second
     * read as 400 % of one core for a process that can use one.
     */
    @Test
    void aProcessCarriedOverIsMeasuredOverTheTimeSinceItWasLastRead() {
        CpuTracker cpu = new CpuTracker();
        ProcessInfo member = Procs.proc(5, 1, 5, 5, "member", ProcessState.RUNNING, 0);
        ProcessInfo spinner = Procs.proc(6, 1, 6, 6, "spin", ProcessState.RUNNING, 0);
        IntPredicate membersOnly = pid -> pid == 5;
        cpu.update(Procs.snapshot(10_000, member, spinner), ALL);
        ProcessInfo spinnerNow = Procs.proc(6, 1, 6, 6, "spin", ProcessState.RUNNING, 1_000_000_000L);
        cpu.update(Procs.snapshot(11_000, member, spinnerNow), ALL);
        for (long t = 12_000; t <= 14_000; t += 1000) {
            cpu.update(Procs.snapshot(t, member, spinnerNow), membersOnly);
            assertThat(cpu.percentOf(spinner.key())).as("carried over at %d", t).isCloseTo(100.0, within(0.01));
        }
        ProcessInfo spinnerLater = Procs.proc(6, 1, 6, 6, "spin", ProcessState.RUNNING, 3_000_000_000L);
        cpu.update(Procs.snapshot(15_000, member, spinnerLater), ALL);
        assertThat(cpu.percentOf(spinner.key())).isCloseTo(50.0, within(0.01));
        assertThat(cpu.percentOf(member.key())).isZero();
    }
}
