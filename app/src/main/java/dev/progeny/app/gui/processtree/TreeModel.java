package dev.progeny.app.gui.processtree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a tree should show and where: each row with its parent row ({@code null} at the top),
 * parents always before their children, siblings in display order. Built off the FX thread and
 * immutable once built.
 */
public final class TreeModel {
    /** One row and its parent. */
    public record Entry(RowId parent, RowData data) {
    }

    public static final TreeModel EMPTY = new TreeModel(new LinkedHashMap<>());

    private final Map<RowId, Entry> entries;

    TreeModel(LinkedHashMap<RowId, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Rows, parents first. */
    public Map<RowId, Entry> entries() {
        return entries;
    }

    public Entry get(RowId id) {
        return entries.get(id);
    }

    public boolean contains(RowId id) {
        return entries.containsKey(id);
    }

    public int size() {
        return entries.size();
    }
}
