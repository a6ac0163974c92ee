package dev.progeny.app.gui.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * Recent commands, most recent first, without duplicates and at most {@link #LIMIT} long.
 * Immutable and thread-safe: {@link #remember} returns a new history.
 */
public record CommandHistory(List<String> commands) {

    /** Enough to find yesterday's commands, few enough to scan in a drop-down. */
    public static final int LIMIT = 50;

    public CommandHistory {
        commands = normalise(commands);
    }

    public static CommandHistory empty() {
        return new CommandHistory(List.of());
    }

    /** This history with {@code command} moved (or added) to the front. */
    public CommandHistory remember(String command) {
        List<String> out = new ArrayList<>(commands.size() + 1);
        out.add(command);
        out.addAll(commands);
        return new CommandHistory(out);
    }

    /** Trims, drops blanks and later duplicates, and cuts to the limit. */
    private static List<String> normalise(List<String> commands) {
        List<String> out = new ArrayList<>();
        for (String c : commands) {
            String trimmed = c == null ? "" : c.strip();
            if (!trimmed.isEmpty() && !out.contains(trimmed) && out.size() < LIMIT) {
                out.add(trimmed);
            }
        }
        return List.copyOf(out);
    }
}
