package dev.progeny.app.gui.launch;

/** Command text that cannot be split into words, with a message for the user. Every OS. */
public final class CommandSyntaxException extends Exception {

    public CommandSyntaxException(String message) {
        super(message);
    }
}
