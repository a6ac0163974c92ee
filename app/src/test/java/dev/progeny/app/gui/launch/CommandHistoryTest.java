package dev.progeny.app.gui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHistoryTest {

    @Test
    void rememberPutsTheCommandFirst() {
        CommandHistory h = CommandHistory.empty().remember("a").remember("b");
        assertThat(h.commands()).containsExactly("b", "a");
    }

    @Test
    void rememberingAgainMovesItToTheFrontWithoutDuplicating() {
        CommandHistory h = CommandHistory.empty().remember("a").remember("b").remember("a");
        assertThat(h.commands()).containsExactly("a", "b");
    }

    @Test
    void whitespaceVariantsAreTheSameCommandAndBlanksAreDropped() {
        CommandHistory h = new CommandHistory(List.of(" ls ", "ls", "", "  "));
        assertThat(h.commands()).containsExactly("ls");
    }

    @Test
    void keepsOnlyTheMostRecentLimit() {
        CommandHistory h = CommandHistory.empty();
        for (int i = 0; i < CommandHistory.LIMIT + 10; i++) {
            h = h.remember("cmd " + i);
        }
        assertThat(h.commands()).hasSize(CommandHistory.LIMIT).first().isEqualTo("cmd " + (CommandHistory.LIMIT + 9));
    }

    @Test
    void toleratesNullEntriesFromAHandEditedFile() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add("x");
        assertThat(new CommandHistory(withNull).commands()).containsExactly("x");
    }
}
