package dev.progeny.app.gui.output;

import dev.progeny.probes.launch.OutputLog;

/** One line a launch wrote, and on which stream. Immutable. */
public record OutputLine(OutputLog.Stream stream, String text) {

    public boolean isError() {
        return stream == OutputLog.Stream.STDERR;
    }
}
