package dev.progeny.probes.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FdInfoTest {

    @Test
    void aPipesWriteEndIsOpenedForWriting() {
        FdInfo info = FdInfo.parse(ProcSamples.read("yes-writer/fdinfo-1"));
        assertThat(info.access()).isEqualTo(FdInfo.Access.WRITE);
        assertThat(info.inode()).hasValue(Long.parseLong(ProcSamples.read("yes-writer/fd-1").replaceAll("\\D", "")));
        assertThat(info.flagWords()).isEqualTo("w");
    }

    @Test
    void theReadEndIsOpenedForReading() {
        FdInfo info = FdInfo.parse(ProcSamples.read("pipe-reader-sleeping/fdinfo-0"));
        assertThat(info.access()).isEqualTo(FdInfo.Access.READ);
        assertThat(info.closeOnExec()).isFalse();
    }

    @Test
    void closeOnExecIsAmongTheFlags() {
        FdInfo info = FdInfo.parse(ProcSamples.read("epoll-waiter/fdinfo-4"));
        assertThat(info.access()).isEqualTo(FdInfo.Access.WRITE);
        assertThat(info.closeOnExec()).isTrue();
        assertThat(info.flagWords()).isEqualTo("w cloexec");
    }

    @Test
    void anEpollInstanceListsTheDescriptorsItWatches() {
        FdInfo info = FdInfo.parse(ProcSamples.read("epoll-waiter/fdinfo-7"));
        assertThat(info.access()).isEqualTo(FdInfo.Access.READ_WRITE);
        assertThat(info.watched()).containsExactly(5, 3);
    }

    @Test
    void anOlderKernelWithoutInoStillParses() {
        FdInfo info = FdInfo.parse("pos:\t12\nflags:\t0106002\nmnt_id:\t9\n");
        assertThat(info.inode()).isEmpty();
        assertThat(info.pos()).isEqualTo(12);
        assertThat(info.flagWords()).isEqualTo("rw append nonblock");
    }

    @Test
    void withoutPosOrFlagsItIsRefused() {
        assertThatThrownBy(() -> FdInfo.parse("mnt_id:\t9\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FdInfo.parse("pos:\tx\nflags:\t0\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
