package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptStatFilesTest {
    /** Descriptor numbers no process can have (the kernel caps them at nr_open, 2^20 by default): the held set is this JVM's. */
    private static final int FD = 2_000_000;
    private final List<Integer> closed = new ArrayList<>();
    private final KeptStatFiles kept = new KeptStatFiles(2, closed::add);

    @Test
    void keepsUpToTheLimitAndTheCallerClosesTheRest() {
        assertThat(kept.keep(100, FD + 10)).isTrue();
        assertThat(kept.keep(101, FD + 11)).isTrue();
        assertThat(kept.keep(102, FD + 12)).isFalse();
        assertThat(kept.fdOf(101)).isEqualTo(FD + 11);
        assertThat(kept.fdOf(102)).isEqualTo(-1);
        assertThat(closed).isEmpty();
        kept.closeAll();
    }

    @Test
    void forgettingAndPassesCloseExactlyTheDroppedDescriptors() {
        kept.beginPass();
        kept.keep(100, FD + 10);
        kept.keep(101, FD + 11);
        kept.forget(100);
        assertThat(closed).containsExactly(FD + 10);
        kept.keep(102, FD + 12);
        kept.endPass();
        assertThat(closed).containsExactly(FD + 10);

        kept.beginPass();
        assertThat(kept.fdOf(102)).isEqualTo(FD + 12);
        assertThat(kept.fdOf(500)).isEqualTo(-1);
        kept.endPass();
        assertThat(closed).as("101 was not listed in the second pass").containsExactly(FD + 10, FD + 11);
        assertThat(kept.size()).isEqualTo(1);
        kept.closeAll();
        assertThat(closed).containsExactly(FD + 10, FD + 11, FD + 12);
        assertThat(kept.size()).isZero();
    }

    @Test
    void aKeptDescriptorIsHeldUntilItIsReleasedSoThatReadingProgenysOwnSkipsIt() {
        kept.beginPass();
        kept.keep(100, FD + 10);
        kept.keep(101, FD + 11);
        assertThat(KeptStatFiles.held(FD + 10)).isTrue();
        kept.forget(100);
        assertThat(KeptStatFiles.held(FD + 10)).isFalse();
        kept.beginPass();
        kept.endPass();
        assertThat(KeptStatFiles.held(FD + 11)).as("not listed in the pass: closed").isFalse();
        kept.keep(102, FD + 12);
        kept.closeAll();
        assertThat(KeptStatFiles.held(FD + 12)).isFalse();
    }

    @Test
    void noneKeepsNothing() {
        KeptStatFiles none = KeptStatFiles.none();
        assertThat(none.keep(100, FD + 10)).isFalse();
        assertThat(none.fdOf(100)).isEqualTo(-1);
    }
}
