package dev.progeny.app.gui.details;

import dev.progeny.probes.events.EventSource;
import dev.progeny.probes.launch.Launch;
import java.util.Optional;

/** The details pane's "Recording" line: whether Progeny traces the selected launch. Pure; every OS. */
final class RecordingText {
    private RecordingText() {
    }

    static String of(Optional<Launch> launch) {
        if (launch.isEmpty()) {
            return "Not in any launch";
        }
        Optional<EventSource> source = launch.get().events();
        if (source.isEmpty()) {
            return "Not traced (Record (trace) was off for this launch)";
        }
        return source.get().unavailable().map(why -> "Not traced: " + why)
                .orElse("Traced by Progeny (" + source.get().name() + "): every fork, exec and exit is recorded. "
                        + "A debugger cannot attach until Actions › Stop recording.");
    }
}
