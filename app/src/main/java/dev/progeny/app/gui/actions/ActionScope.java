package dev.progeny.app.gui.actions;

/** Which processes an action on the selected process reaches. Immutable; every OS. */
public enum ActionScope {
    /** The selected process alone. */
    PROCESS("process"),
    /** Its process group. */
    GROUP("group"),
    /** Its session. */
    SESSION("session"),
    /** It and its descendants. */
    TREE("tree"),
    /** The whole contained family of the launch it belongs to, escapees included. */
    LAUNCH("launch");

    private final String label;

    ActionScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
