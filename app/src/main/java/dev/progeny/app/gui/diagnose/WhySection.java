package dev.progeny.app.gui.diagnose;

import java.util.List;

/**
 * One section of the Why pane: a title and its lines; {@code alarm} marks one that reports a
 * Progeny bug. Immutable.
 */
record WhySection(String id, String title, List<String> lines, boolean alarm) {
    WhySection {
        lines = List.copyOf(lines);
    }
}
