package dev.progeny.app.gui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * WCAG 2.x contrast of the text the window draws: each visible {@link Text} against the colours
 * of the nearest background under it (every stop of a gradient), its fill blended over them when
 * not opaque. Text of disabled controls is left out (WCAG 1.4.3 exempts inactive components).
 */
final class Contrast {
    /** One text and its worst contrast. */
    record Reading(String text, String where, Color fill, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format("%.2f:1 \"%s\" %s on %s in %s", ratio, text, fill, background, where);
        }
    }

    private Contrast() {
    }

    static List<Reading> readings(Parent root) {
        List<Reading> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<Reading> out) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank() && t.getFill() instanceof Color fill) {
            List<Color> under = backgroundOf(t);
            Reading worst = null;
            for (Color bg : under) {
                Color seen = blend(fill, bg);
                double r = ratio(seen, bg);
                if (worst == null || r < worst.ratio()) {
                    worst = new Reading(t.getText().strip(), path(t), seen, bg, r);
                }
            }
            if (worst != null) {
                out.add(worst);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    /** The colours of the nearest opaque background at or above {@code node}. */
    static List<Color> backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null && n != node) {
                List<Color> colours = topColours(r.getBackground());
                if (!colours.isEmpty()) {
                    return colours;
                }
            }
        }
        return List.of(Color.WHITE);
    }

    static List<Color> topColours(Background background) {
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            List<Color> colours = opaque(fills.get(i).getFill());
            if (!colours.isEmpty()) {
                return colours;
            }
        }
        return List.of();
    }

    /** The colours of an opaque paint (every stop of a gradient), or none. */
    static List<Color> opaque(Paint p) {
        if (p instanceof Color c && c.getOpacity() > 0.9) {
            return List.of(c);
        }
        if (p instanceof LinearGradient g && g.getStops().stream().allMatch(s -> s.getColor().getOpacity() > 0.9)) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        return List.of();
    }

    private static Color blend(Color fg, Color bg) {
        double a = fg.getOpacity();
        return Color.color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance (WCAG 2.x, sRGB). */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String path(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node p = n.getParent(); p != null && s.length() < 160; p = p.getParent()) {
            String name = p.getId() != null ? "#" + p.getId() : p.getStyleClass().isEmpty() ? p.getClass().getSimpleName()
                    : "." + p.getStyleClass().getFirst();
            s.append(name).append(' ');
        }
        return s.toString().strip();
    }
}
