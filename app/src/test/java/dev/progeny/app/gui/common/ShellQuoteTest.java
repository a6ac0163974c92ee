package dev.progeny.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.launch.ArgvSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {

    @Test
    void plainWordsStayBare() {
        assertThat(ShellQuote.join(List.of("make", "-j4", "CC=gcc", "src/a.c", "user@host:/tmp"))).isEqualTo("make -j4 CC=gcc src/a.c user@host:/tmp");
    }

    @Test
    void wordsWithSpacesOrShellCharactersAreSingleQuoted() {
        // The example: printf %s| a b c ran as argv ["printf", "%s|", "a b c"].
        assertThat(ShellQuote.join(List.of("printf", "%s|", "a b c"))).isEqualTo("printf '%s|' 'a b c'");
        assertThat(ShellQuote.join(List.of("sh", "-c", "sleep 1 & wait"))).isEqualTo("sh -c 'sleep 1 & wait'");
        assertThat(ShellQuote.word("$HOME")).isEqualTo("'$HOME'");
        assertThat(ShellQuote.word("*.txt")).isEqualTo("'*.txt'");
        assertThat(ShellQuote.word("~")).isEqualTo("'~'");
    }

    @Test
    void singleQuotesAndEmptyWordsSurviveARoundTripThroughTheShellsRules() throws Exception {
        List<String> argv = List.of("echo", "it's", "", "a\"b", "back\\slash", "tab\there", "new\nline");
        assertThat(ArgvSplitter.split(ShellQuote.join(argv))).isEqualTo(argv);
        assertThat(ShellQuote.word("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.word("")).isEqualTo("''");
    }

    @Test
    void anUnreadableArgvShowsTheBracketedName() {
        assertThat(ShellQuote.commandLine(List.of(), "kworker/0:1")).isEqualTo("[kworker/0:1]");
    }
}
