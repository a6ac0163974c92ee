package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.OutputLog.Stream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLogTest {

    private static void append(OutputLog log, Stream stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        log.append(stream, bytes, 0, bytes.length);
    }

    @Test
    void keepsBothStreamsInArrivalOrder() {
        OutputLog log = new OutputLog(100, 2);
        append(log, Stream.STDOUT, "one\n");
        append(log, Stream.STDERR, "two\n");
        append(log, Stream.STDOUT, "three\n");
        assertThat(log.text()).isEqualTo("one\ntwo\nthree\n");
        assertThat(log.text(Stream.STDOUT)).isEqualTo("one\nthree\n");
        assertThat(log.text(Stream.STDERR)).isEqualTo("two\n");
        assertThat(log.droppedBytes()).isZero();
    }

    @Test
    void dropsTheOldestBytesWhenFull() {
        OutputLog log = new OutputLog(10, 1);
        append(log, Stream.STDOUT, "abcdef");
        append(log, Stream.STDERR, "ghijkl");
        assertThat(log.text()).isEqualTo("cdefghijkl");
        assertThat(log.size()).isEqualTo(10);
        assertThat(log.droppedBytes()).isEqualTo(2);
        append(log, Stream.STDOUT, "0123456789XY");
        assertThat(log.text()).isEqualTo("23456789XY");
        assertThat(log.chunks()).extracting(OutputLog.Chunk::stream).containsExactly(Stream.STDOUT);
        assertThat(log.droppedBytes()).isEqualTo(14);
    }

    @Test
    void tellsListenersOfEveryChunkAndOfTheEnd() throws InterruptedException {
        OutputLog log = new OutputLog(100, 2);
        List<String> heard = new ArrayList<>();
        log.addListener(new OutputLog.Listener() {
            @Override
            public void appended(OutputLog.Chunk chunk) {
                heard.add(chunk.stream() + ":" + chunk.text());
            }

            @Override
            public void finished() {
                heard.add("finished");
            }
        });
        append(log, Stream.STDOUT, "a");
        log.end();
        assertThat(log.isFinished()).isFalse();
        append(log, Stream.STDERR, "b");
        log.end();
        assertThat(log.awaitFinished(Duration.ZERO)).isTrue();
        assertThat(heard).containsExactly("STDOUT:a", "STDERR:b", "finished");
    }

    @Test
    void noneIsEmptyAndFinished() {
        assertThat(OutputLog.none().isFinished()).isTrue();
        assertThat(OutputLog.none().text()).isEmpty();
    }
}
