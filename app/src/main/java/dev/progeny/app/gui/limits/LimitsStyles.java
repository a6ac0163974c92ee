package dev.progeny.app.gui.limits;

/** Ids of the limits controls, for tests and CSS. */
public final class LimitsStyles {
    public static final String LAUNCH_BAR_BUTTON_ID = "limits-button";
    public static final String DIALOG_ERROR_ID = "limits-dialog-error";
    public static final String TAB_LINES_ID = "limits-tab-lines";
    public static final String TAB_CHANGE_ID = "limits-tab-change";
    public static final String MENU_ITEM_ID = "limits-menu-item";

    private LimitsStyles() {
    }

    /** The id of a dialog field for {@code kind}, e.g. {@code limits-field-MEMORY}. */
    public static String fieldId(dev.progeny.probes.limits.LimitKind kind) {
        return "limits-field-" + kind.name();
    }
}
