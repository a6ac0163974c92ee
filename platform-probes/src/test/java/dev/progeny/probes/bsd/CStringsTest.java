package dev.progeny.probes.bsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CStringsTest {

    @Test
    void readsFixedCharArrays() {
        ByteBuffer buf = ByteBuffer.wrap("ab\0cdefgh".getBytes(StandardCharsets.UTF_8));

        assertThat(CStrings.fixed(buf, 0, 5)).isEqualTo("ab");
        assertThat(CStrings.fixed(buf, 3, 4)).isEqualTo("cdef");
    }
}
