package dev.progeny.app.gui.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgvSplitterTest {

    @Test
    void splitsOnRunsOfBlanks() throws Exception {
        assertThat(ArgvSplitter.split("  make   -j4\ttest \n")).containsExactly("make", "-j4", "test");
    }

    @Test
    void singleQuotesKeepEverythingLiterally() throws Exception {
        assertThat(ArgvSplitter.split("echo 'a  b' '$HOME \\n'")).containsExactly("echo", "a  b", "$HOME \\n");
    }

    @Test
    void doubleQuotesUnescapeOnlyTheShellsFour() throws Exception {
        assertThat(ArgvSplitter.split("printf \"say \\\"hi\\\" \\$x \\\\ \\n\""))
                .containsExactly("printf", "say \"hi\" $x \\ \\n");
    }

    @Test
    void quotesJoinWithAdjacentText() throws Exception {
        assertThat(ArgvSplitter.split("--name='a b'\"c\"d")).containsExactly("--name=a bcd");
    }

    @Test
    void backslashQuotesABlank() throws Exception {
        assertThat(ArgvSplitter.split("ls my\\ file")).containsExactly("ls", "my file");
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() throws Exception {
        assertThat(ArgvSplitter.split("cmd '' \"\"")).containsExactly("cmd", "", "");
    }

    @Test
    void blankTextHasNoWords() throws Exception {
        assertThat(ArgvSplitter.split("   ")).isEmpty();
    }

    @Test
    void noExpansionHappens() throws Exception {
        assertThat(ArgvSplitter.split("echo ~ * $HOME")).containsExactly("echo", "~", "*", "$HOME");
    }

    @Test
    void unterminatedQuotesAreReportedWithTheirColumn() {
        assertThatThrownBy(() -> ArgvSplitter.split("echo 'oops"))
                .isInstanceOf(CommandSyntaxException.class).hasMessage("unterminated single quote at column 6");
        assertThatThrownBy(() -> ArgvSplitter.split("echo \"oops"))
                .isInstanceOf(CommandSyntaxException.class).hasMessage("unterminated double quote at column 6");
        assertThatThrownBy(() -> ArgvSplitter.split("echo \\"))
                .isInstanceOf(CommandSyntaxException.class).hasMessageContaining("lone backslash");
    }

    @Test
    void shellModeHandsTheTextToShUntouched() throws Exception {
        assertThat(CommandMode.SHELL.argv("a | b && 'c")).containsExactly("/bin/sh", "-c", "a | b && 'c");
    }
}
