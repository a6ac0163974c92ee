package dev.progeny.app.gui.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words by the POSIX shell's quoting rules (XCU 2.2): blanks separate
 * words, a backslash quotes the next character, single quotes quote everything up to the next
 * single quote, and inside double quotes a backslash quotes only {@code $ ` " \}. No expansion
 * happens (no variables, globs or tildes): that is what the shell mode is for. Pure and
 * thread-safe. Hand-written because the libraries at hand (commons-exec, commons-text) split
 * by their own rules rather than the shell's.
 */
public final class ArgvSplitter {
    private ArgvSplitter() {
    }

    public static List<String> split(String text) throws CommandSyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            inWord = true;
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= text.length()) {
                        throw new CommandSyntaxException("the command ends with a lone backslash");
                    }
                    word.append(text.charAt(i + 1));
                    i += 2;
                }
                case '\'' -> {
                    int end = text.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new CommandSyntaxException("unterminated single quote at column " + (i + 1));
                    }
                    word.append(text, i + 1, end);
                    i = end + 1;
                }
                case '"' -> i = doubleQuoted(text, i, word);
                default -> {
                    word.append(c);
                    i++;
                }
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the double-quoted part starting at {@code open}; returns the index after it. */
    private static int doubleQuoted(String text, int open, StringBuilder word) throws CommandSyntaxException {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "$`\"\\".indexOf(text.charAt(i + 1)) >= 0) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new CommandSyntaxException("unterminated double quote at column " + (open + 1));
    }
}
