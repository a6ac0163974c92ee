package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptStatFilesTest {
    private final List<Integer> closed = new ArrayList<>();
    private final KeptStatFiles kept = new KeptStatFiles(2, closed::add);

    @Test
    void keepsUpToTheLimitAndTheCallerClosesTheRest() {
        assertThat(kept.keep(100, 10)).isTrue();
        assertThat(kept.keep(101, 11)).isTrue();
        assertThat(kept.keep(102, 12)).isFalse();
        assertThat(kept.fdOf(101)).isEqualTo(11);
        assertThat(kept.fdOf(102)).isEqualTo(-1);
        assertThat(closed).isEmpty();
    }

    @Test
    void forgettingAndPassesCloseExactlyTheDroppedDescriptors() {
        kept.beginPass();
        kept.keep(100, 10);
        kept.keep(101, 11);
        kept.forget(100);
        assertThat(closed).containsExactly(10);
        kept.keep(102, 12);
        kept.endPass();
        assertThat(closed).containsExactly(10);

        kept.beginPass();
        assertThat(kept.fdOf(102)).isEqualTo(12);
        assertThat(kept.fdOf(500)).isEqualTo(-1);
        kept.endPass();
        assertThat(closed).as("101 was not listed in the second pass").containsExactly(10, 11);
        assertThat(kept.size()).isEqualTo(1);
        kept.closeAll();
        assertThat(closed).containsExactly(10, 11, 12);
        assertThat(kept.size()).isZero();
    }

    @Test
    void noneKeepsNothing() {
        KeptStatFiles none = KeptStatFiles.none();
        assertThat(none.keep(100, 10)).isFalse();
        assertThat(none.fdOf(100)).isEqualTo(-1);
    }
}
