package dev.progeny.app.gui.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.OutputLog;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillFileTest {
    @TempDir
    Path dir;

    private static OutputLine out(String text) {
        return new OutputLine(OutputLog.Stream.STDOUT, text);
    }

    @Test
    void aPageCanBeReadFromAnywhereAndCarriageReturnsStayInsideTheirLine() throws Exception {
        try (SpillFile spill = new SpillFile(dir.resolve("a.out"), 1L << 20)) {
            for (int i = 0; i < 5000; i++) {
                spill.append(i == 3000 ? new OutputLine(OutputLog.Stream.STDERR, "50%\r60%") : out("line " + i));
            }
            assertThat(spill.lines()).isEqualTo(5000);
            assertThat(spill.read(2999, 3)).containsExactly(out("line 2999"),
                    new OutputLine(OutputLog.Stream.STDERR, "50%\r60%"), out("line 3001"));
            assertThat(spill.search("line 49", 1000)).hasSize(111).startsWith(49L, 490L);
        }
    }

    @Test
    void pastItsBoundLinesAreCountedNotKept() throws Exception {
        try (SpillFile spill = new SpillFile(dir.resolve("b.out"), 100)) {
            for (int i = 0; i < 20; i++) {
                spill.append(out("0123456789"));
            }
            assertThat(spill.lines()).isEqualTo(8);
            assertThat(spill.notKept()).isEqualTo(12);
            StringWriter text = new StringWriter();
            spill.copyTo(text, n -> { });
            assertThat(text.toString().lines()).hasSize(8).allMatch("0123456789"::equals);
        }
    }

    @Test
    void closingRemovesTheFile() throws Exception {
        SpillFile spill = new SpillFile(dir.resolve("c.out"), 100);
        spill.append(out("x"));
        assertThat(dir.resolve("c.out")).exists();
        spill.close();
        assertThat(dir.resolve("c.out")).doesNotExist();
    }
}
