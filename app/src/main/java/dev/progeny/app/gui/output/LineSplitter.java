package dev.progeny.app.gui.output;

import dev.progeny.probes.launch.OutputLog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts chunks into lines per stream: a chunk may end mid-line, so the unfinished tail waits for
 * the next chunk of the same stream (or {@link #flush()}). Carriage returns before a newline are
 * dropped. Not thread-safe: one per output pane, used on the FX thread.
 */
final class LineSplitter {
    private final Map<OutputLog.Stream, StringBuilder> partial = new EnumMap<>(OutputLog.Stream.class);

    List<OutputLine> accept(OutputLog.Stream stream, String text) {
        List<OutputLine> out = new ArrayList<>();
        StringBuilder tail = partial.computeIfAbsent(stream, s -> new StringBuilder());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            tail.append(text, start, nl);
            out.add(line(stream, tail));
            tail.setLength(0);
            start = nl + 1;
        }
        tail.append(text, start, text.length());
        return out;
    }

    /** The unfinished lines, once the streams have ended. */
    List<OutputLine> flush() {
        List<OutputLine> out = new ArrayList<>();
        partial.forEach((stream, tail) -> {
            if (!tail.isEmpty()) {
                out.add(line(stream, tail));
                tail.setLength(0);
            }
        });
        return out;
    }

    private static OutputLine line(OutputLog.Stream stream, StringBuilder text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new OutputLine(stream, text.substring(0, end));
    }
}
