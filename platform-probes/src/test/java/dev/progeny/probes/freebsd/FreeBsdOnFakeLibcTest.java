package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The FreeBSD table and reaper code end to end, over a libc played by Java: the sysctl
 * grow-and-retry loop, KERN_PROC_PROC decoding, argv and environment reads, and the procctl
 * structs as they travel through native memory.
 */
class FreeBsdOnFakeLibcTest {
    private final FakeFreeBsdLibc libc = new FakeFreeBsdLibc();

    private static KinfoProcBytes proc(int pid, int ppid, String comm) {
        return KinfoProcBytes.process(pid, ppid, comm);
    }

    private static ByteBuffer nativeOrder(KinfoProcBytes... records) {
        // The fake serves bytes as the kernel would: in native order (little-endian here too).
        return KinfoProcBytes.buffer(records);
    }

    @Test
    void snapshotReadsEveryProcessWithArgvAndSurvivesATableThatGrows() throws Exception {
        libc.table = nativeOrder(proc(100, 1, "sh"), proc(101, 100, "sleep"));
        libc.growth = nativeOrder(proc(102, 100, "late"));
        libc.args.put(100, "sh\0-c\0sleep 60\0");
        libc.args.put(101, "sleep\0" + "60\0");

        Snapshot s = new FreeBsdProcessTable(libc).snapshot();

        assertThat(s.processes()).extracting(ProcessInfo::pid).containsExactly(100, 101, 102);
        assertThat(s.process(100).orElseThrow().argv()).containsExactly("sh", "-c", "sleep 60");
        assertThat(s.process(102).orElseThrow().argv()).as("args of a process that is gone").isEmpty();
        assertThat(s.children(100)).extracting(ProcessInfo::name).containsExactly("sleep", "late");
        assertThat(s.process(101).orElseThrow().rssBytes()).isEqualTo(300 * 4096L);
    }

    @Test
    void zombiesAreListedWithoutReadingTheirArguments() throws Exception {
        KinfoProcBytes zombie = proc(103, 1, "defunct").zombie();
        libc.table = nativeOrder(zombie);
        libc.args.put(103, "should-not-be-read\0");

        ProcessInfo p = new FreeBsdProcessTable(libc).snapshot().process(103).orElseThrow();

        assertThat(p.isZombie()).isTrue();
        assertThat(p.argv()).isEmpty();
    }

    @Test
    void environmentOfOthersIsEmptyAndOursCarriesTheTag() {
        libc.env.put(100, "HOME=/root\0PROGENY_LAUNCH=l-1\0");
        FreeBsdProcessTable table = new FreeBsdProcessTable(libc);

        assertThat(table.environment(100)).containsExactly("HOME=/root", "PROGENY_LAUNCH=l-1");
        assertThat(table.environment(999)).isEmpty();
    }

    @Test
    void reaperAcquiresListsAndKillsThroughProcctl() throws Exception {
        libc.reaperLists(200, 200, 0x2);
        libc.reaperLists(201, 200, 0);
        libc.reaperLists(202, 200, 0);
        ProcctlReaper reaper = new ProcctlReaper(libc, 77);

        reaper.acquire();
        List<ReaperPid> pids = reaper.descendants();
        ReaperKill.Result killed = reaper.kill(ReaperKill.all(9));

        assertThat(libc.procctlCalls).allSatisfy(c -> assertThat(c[0]).as("P_PID").isZero())
                .allSatisfy(c -> assertThat(c[1]).isEqualTo(77));
        assertThat(libc.procctlCalls).extracting(c -> c[2]).containsExactly(2, 5, 6);
        assertThat(pids).extracting(ReaperPid::pid).containsExactly(200, 201, 202);
        assertThat(pids.getFirst().isChild()).isTrue();
        assertThat(killed).isEqualTo(new ReaperKill.Result(3, -1));
    }

    @Test
    void aKillWithNothingLeftIsACountOfZeroNotAnError() throws Exception {
        assertThat(new ProcctlReaper(libc, 77).kill(ReaperKill.all(15))).isEqualTo(new ReaperKill.Result(0, -1));
    }
}
