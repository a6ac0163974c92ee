package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class CHeapTest {

    @Test
    void glibcHasATrimAndItRuns() {
        // This machine's C library is glibc; on musl there is no malloc_trim and nothing to do.
        assertThat(CHeap.available()).isTrue();
        assertThatCode(CHeap::trim).doesNotThrowAnyException();
    }
}
