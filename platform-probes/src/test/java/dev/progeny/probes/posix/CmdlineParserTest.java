package dev.progeny.probes.posix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CmdlineParserTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsAtNulsAndDropsTheTrailingOne() {
        byte[] b = bytes("sh\0-c\0echo a  b\0");
        assertThat(CmdlineParser.split(b, b.length)).containsExactly("sh", "-c", "echo a  b");
    }

    @Test
    void keepsEmptyArgumentsAndAnUnterminatedLastOne() {
        byte[] b = bytes("prog\0\0last");
        assertThat(CmdlineParser.split(b, b.length)).containsExactly("prog", "", "last");
    }

    @Test
    void emptyForKernelThreadsAndZombies() {
        assertThat(CmdlineParser.split(new byte[0], 0)).isEmpty();
    }
}
