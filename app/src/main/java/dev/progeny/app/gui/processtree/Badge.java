package dev.progeny.app.gui.processtree;

/**
 * What a row is marked with: always a word (and a letter where ps has one), never colour alone.
 * Each badge also has a CSS style class of the same meaning.
 */
public enum Badge {
    ZOMBIE("Z zombie", "badge-zombie"),
    STOPPED("T stopped", "badge-stopped"),
    TRACED("t traced", "badge-traced"),
    ORPHAN("orphan", "badge-orphan"),
    ESCAPEE("escapee", "badge-escapee"),
    NEW("new", "badge-new"),
    EXITED("exited", "badge-exited");

    private final String text;
    private final String styleClass;

    Badge(String text, String styleClass) {
        this.text = text;
        this.styleClass = styleClass;
    }

    public String text() {
        return text;
    }

    public String styleClass() {
        return styleClass;
    }
}
