package dev.progeny.app.gui.launch;

import java.util.List;

/** How the text in the command field becomes an argument vector. Immutable; every OS. */
public enum CommandMode {
    /** {@code /bin/sh -c TEXT}: pipes, {@code &&}, redirections and globs work. */
    SHELL("sh -c"),
    /** The text split into words the way a shell would, but run without a shell. */
    ARGV("plain argv");

    /** POSIX requires {@code sh} at this path on every system Progeny runs on. */
    static final String SHELL_PATH = "/bin/sh";

    private final String label;

    CommandMode(String label) {
        this.label = label;
    }

    /**
     * The argument vector for {@code text}.
     *
     * @throws CommandSyntaxException when plain-argv text has an unterminated quote or escape
     */
    public List<String> argv(String text) throws CommandSyntaxException {
        return switch (this) {
            case SHELL -> List.of(SHELL_PATH, "-c", text);
            case ARGV -> ArgvSplitter.split(text);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
