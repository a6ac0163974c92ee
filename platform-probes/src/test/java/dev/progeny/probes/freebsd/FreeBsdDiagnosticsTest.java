package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WhyReport;
import dev.progeny.probes.diagnose.ZombieFamily;
import org.junit.jupiter.api.Test;

/** FreeBSD diagnosis end to end over a libc played by Java: one kern.proc.proc read per question. */
class FreeBsdDiagnosticsTest {
    private final FakeFreeBsdLibc libc = new FakeFreeBsdLibc();
    private final FreeBsdDiagnostics diagnostics = new FreeBsdDiagnostics(libc, 1);

    private static KinfoProcBytes proc(int pid, int ppid, String comm) {
        KinfoProcBytes k = KinfoProcBytes.process(pid, ppid, comm);
        k.startUsec = pid;
        return k;
    }

    @Test
    void aWriterAndItsParentWaitingOnZombies() throws Exception {
        KinfoProcBytes sh = proc(100, 1, "sh").sleepingOn("wait", 0xa0);
        KinfoProcBytes yes = proc(101, 100, "yes").sleepingOn("pipewr", 0xb0);
        KinfoProcBytes zombie = proc(102, 100, "true").zombie();
        zombie.jid = 7;
        libc.serve(sh, yes, zombie);
        Snapshot s = new FreeBsdProcessTable(libc).snapshot();

        assertThat(diagnostics.waitingFor(s.processes(), s).values()).extracting(w -> w.kind())
                .containsExactly(WaitKind.CHILD, WaitKind.PIPE_WRITE, WaitKind.ZOMBIE);
        WhyReport why = diagnostics.explain(s.process(102).orElseThrow().key(), s).orElseThrow();
        ZombieFamily family = why.target().zombies().orElseThrow();
        assertThat(family.parent().pid()).isEqualTo(100);
        assertThat(family.oldest()).as("kinfo_proc has no exit time").isEmpty();
        assertThat(family.describe()).isEqualTo("parent 100 sh is in wait (it should reap them soon): 1 zombie");
        assertThat(why.related()).extracting(r -> r.diagnosis().pid()).containsExactly(100);
        assertThat(diagnostics.placements(s.processes()).get(s.process(102).map(ProcessInfo::key).orElseThrow())
                .container()).hasValueSatisfying(c -> assertThat(c.describe()).isEqualTo("jail 7"));
        assertThat(diagnostics.pipes(s.processes()).pipes()).isEmpty();
    }
}
