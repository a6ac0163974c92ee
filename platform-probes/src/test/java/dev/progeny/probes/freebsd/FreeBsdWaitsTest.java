package dev.progeny.probes.freebsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessState;
import dev.progeny.probes.diagnose.WaitKind;
import dev.progeny.probes.diagnose.WaitWords;
import dev.progeny.probes.diagnose.WaitingFor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ki_wmesg and the sleep flags decoded from kinfo_proc bytes laid out as sys/sys/user.h defines. */
class FreeBsdWaitsTest {

    private static KinfoWaitFreeBsd decode(KinfoProcBytes k) {
        return KinfoWaitFreeBsd.decode(KinfoProcBytes.buffer(k));
    }

    private static WaitingFor waits(KinfoProcBytes k, List<Integer> children) {
        KinfoWaitFreeBsd w = decode(k);
        return FreeBsdWaits.decode(FreeBsdStates.of(w.stat()), w, children);
    }

    @Test
    void theWaitFieldsComeFromTheirOffsets() {
        KinfoProcBytes k = new KinfoProcBytes().sleepingOn("piperd", 0xfffff80012345678L);
        k.jid = 3;
        KinfoWaitFreeBsd w = decode(k);
        assertThat(w.pid()).isEqualTo(4242);
        assertThat(w.wmesg()).isEqualTo("piperd");
        assertThat(w.wchan()).isEqualTo(0xfffff80012345678L);
        assertThat(w.interruptible()).isTrue();
        assertThat(w.lockName()).isEmpty();
        assertThat(w.jail()).isEqualTo(3);
    }

    @Test
    void aFullWmesgOfEightBytesIsKept() {
        assertThat(decode(new KinfoProcBytes().sleepingOn("sigwait", 1)).wmesg()).isEqualTo("sigwait");
        assertThat(decode(new KinfoProcBytes().sleepingOn("12345678", 1)).wmesg()).isEqualTo("12345678");
    }

    @Test
    void messagesNameTheirKinds() {
        assertThat(waits(new KinfoProcBytes().sleepingOn("pipewr", 1), List.of()).kind()).isEqualTo(WaitKind.PIPE_WRITE);
        assertThat(waits(new KinfoProcBytes().sleepingOn("pipdwt", 1), List.of()).kind()).isEqualTo(WaitKind.PIPE_WRITE);
        assertThat(waits(new KinfoProcBytes().sleepingOn("piperd", 1), List.of()).kind()).isEqualTo(WaitKind.PIPE_READ);
        assertThat(waits(new KinfoProcBytes().sleepingOn("nanslp", 1), List.of()).kind()).isEqualTo(WaitKind.SLEEP);
        assertThat(waits(new KinfoProcBytes().sleepingOn("kqread", 1), List.of()).kind()).isEqualTo(WaitKind.POLL);
        assertThat(waits(new KinfoProcBytes().sleepingOn("uwait", 1), List.of()).kind()).isEqualTo(WaitKind.FUTEX);
        assertThat(waits(new KinfoProcBytes().sleepingOn("sbwait", 1), List.of()).kind()).isEqualTo(WaitKind.SOCKET);
        WaitingFor wait = waits(new KinfoProcBytes().sleepingOn("wait", 1), List.of(4243));
        assertThat(WaitWords.describe(wait)).isEqualTo("waiting for child 4243");
        assertThat(waits(new KinfoProcBytes().sleepingOn("ttyin", 1), List.of()))
                .isEqualTo(new WaitingFor.Other("reading from a terminal", Optional.empty(), Optional.of("ttyin")));
        assertThat(waits(new KinfoProcBytes().sleepingOn("zfsvfs", 1), List.of()))
                .isEqualTo(new WaitingFor.Other("waiting", Optional.empty(), Optional.of("zfsvfs")));
    }

    @Test
    void anUninterruptibleSleepIsDiskLikeAndALockIsNamed() {
        KinfoProcBytes disk = new KinfoProcBytes().sleepingOn("biord", 1);
        disk.tdflags = 0;
        assertThat(waits(disk, List.of())).isEqualTo(new WaitingFor.Disk(Optional.of("biord"), Optional.empty()));
        KinfoProcBytes lock = new KinfoProcBytes().sleepingOn("", 0);
        lock.kiflag = 0x4;
        lock.lockname = "vm map";
        assertThat(waits(lock, List.of())).isInstanceOfSatisfying(WaitingFor.Other.class,
                o -> assertThat(o.what()).isEqualTo("blocked on kernel lock vm map"));
    }

    @Test
    void statesOtherThanSleepSayItAll() {
        assertThat(waits(new KinfoProcBytes().zombie(), List.of())).isEqualTo(new WaitingFor.Zombie());
        KinfoProcBytes traced = new KinfoProcBytes();
        traced.stat = 4;
        traced.flag = 0x800;
        assertThat(waits(traced, List.of())).isEqualTo(new WaitingFor.Stopped(true, Optional.empty()));
        assertThat(waits(new KinfoProcBytes(), List.of()).kind()).as("SRUN").isEqualTo(WaitKind.RUNNING);
    }
}
