package dev.progeny.app.gui.details;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.CurrentThreadTaskExecutor;
import dev.progeny.app.gui.common.Selection;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The details of a selected process say what the process history recorded and which source feeds it. */
class DetailsViewModelTest {
    private final FixedPlatform platform = new FixedPlatform();
    private final AppState state = new AppState(platform, new CurrentThreadTaskExecutor());
    private final DetailsViewModel details = new DetailsViewModel(state, key -> Optional.empty());

    private Map<String, String> fields() {
        return details.fieldsProperty().get().stream()
                .collect(Collectors.toMap(DetailsViewModel.Field::label, DetailsViewModel.Field::value));
    }

    @Test
    void namesTheEventSourceAndWhatTheHistoryRecorded() {
        ProcessInfo shell = proc(10, 1, 10, 10, "sh");
        state.events().observe(Procs.snapshot(1000, proc(1, 0, 1, 1, "init"), shell));
        state.events().history().accept(new ProcessEvent.Exit(System.nanoTime(), 10,
                Optional.of(new ExitStatus.Exited(3)), -1));

        state.selectionProperty().set(Selection.of(shell, Optional.empty()));

        assertThat(fields()).containsEntry("Event source", "polling (inexact: births and exits between readings)")
                .containsEntry("Recorded", "found running (parent pid 1), exit 3");
    }

    @Test
    void aProcessTheHistoryNeverHeardOfSaysSo() {
        state.selectionProperty().set(Selection.of(proc(77, 1, 77, 77, "ghost"), Optional.empty()));
        assertThat(fields()).containsEntry("Recorded", "(not in the process history)")
                .containsEntry("Event source", "(not open yet)");
    }
}
