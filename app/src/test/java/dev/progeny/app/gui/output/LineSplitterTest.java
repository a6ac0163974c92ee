package dev.progeny.app.gui.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.OutputLog.Stream;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final LineSplitter splitter = new LineSplitter();

    @Test
    void aLineCutBetweenChunksIsJoined() {
        assertThat(splitter.accept(Stream.STDOUT, "hel")).isEmpty();
        assertThat(splitter.accept(Stream.STDOUT, "lo\nwor")).containsExactly(new OutputLine(Stream.STDOUT, "hello"));
        assertThat(splitter.flush()).containsExactly(new OutputLine(Stream.STDOUT, "wor"));
    }

    @Test
    void streamsKeepTheirOwnUnfinishedLines() {
        splitter.accept(Stream.STDOUT, "out-");
        assertThat(splitter.accept(Stream.STDERR, "err\n")).containsExactly(new OutputLine(Stream.STDERR, "err"));
        assertThat(splitter.accept(Stream.STDOUT, "line\n")).containsExactly(new OutputLine(Stream.STDOUT, "out-line"));
    }

    @Test
    void carriageReturnsBeforeNewlinesAreDroppedAndEmptyLinesKept() {
        assertThat(splitter.accept(Stream.STDOUT, "a\r\n\nb\n")).extracting(OutputLine::text).containsExactly("a", "", "b");
    }
}
