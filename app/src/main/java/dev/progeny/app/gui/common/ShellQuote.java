package dev.progeny.app.gui.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Command lines as a POSIX shell would need them typed (XCU 2.2): a word of only safe characters
 * stays bare, any other word is single-quoted, a single quote inside becomes {@code '\''}, and an
 * empty word is {@code ''}. Pasting the result into {@code sh} gives back the same argv. Pure and
 * thread-safe; every OS.
 */
public final class ShellQuote {
    private ShellQuote() {
    }

    /** The words joined by spaces, each quoted where it needs it; "[name]" when argv is unreadable. */
    public static String commandLine(List<String> argv, String name) {
        return argv.isEmpty() ? "[" + name + "]" : join(argv);
    }

    public static String join(List<String> argv) {
        return argv.stream().map(ShellQuote::word).collect(Collectors.joining(" "));
    }

    public static String word(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        for (int i = 0; i < word.length(); i++) {
            if (!safe(word.charAt(i))) {
                return "'" + word.replace("'", "'\\''") + "'";
            }
        }
        return word;
    }

    /** Characters no shell treats specially anywhere in a word ({@code =} and {@code ~} only at its start). */
    private static boolean safe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "@%+=:,./_-".indexOf(c) >= 0;
    }
}
