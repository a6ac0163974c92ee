package dev.progeny.app.gui.filter;

import dev.progeny.probes.ProcessInfo;
import java.util.Locale;

/**
 * What the filter field asks for: processes whose name or command line contains the text
 * (ignoring case), or whose pid is the number typed. Empty text matches everything. Immutable.
 */
public record ProcessFilter(String text) {
    public static final ProcessFilter NONE = new ProcessFilter("");

    public ProcessFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean matches(ProcessInfo p) {
        if (text.isEmpty()) {
            return true;
        }
        if (isPid() && Integer.toString(p.pid()).equals(text)) {
            return true;
        }
        return contains(p.name()) || contains(p.commandLine());
    }

    /** For rows that are not a single process (a launch's header): its label. */
    public boolean matchesText(String label) {
        return text.isEmpty() || contains(label);
    }

    private boolean contains(String s) {
        return s.toLowerCase(Locale.ROOT).contains(text);
    }

    private boolean isPid() {
        return text.length() <= 10 && text.chars().allMatch(Character::isDigit);
    }
}
