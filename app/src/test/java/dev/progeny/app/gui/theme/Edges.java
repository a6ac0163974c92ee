package dev.progeny.app.gui.theme;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours a control's edge is drawn in, read from the rendered control, for WCAG 2.1 SC 1.4.11
 * (non-text contrast, 3:1). Modena draws edges as stacked background fills (a translucent shadow
 * or glow, then the border or focus ring, an inner highlight, the body), so a control's ring is
 * its first opaque fill and its body its last; what it sits on is the body of the nearest
 * ancestor with a background. Gradients count by every stop, and a pair by its worst two.
 */
final class Edges {
    /** One pair of adjacent colours and its worst contrast. */
    record Pair(String what, Color a, Color b, double ratio) {
        @Override
        public String toString() {
            return String.format("%.2f:1 %s (%s against %s)", ratio, what, a, b);
        }
    }

    private Edges() {
    }

    /** The border (or, when focused, the focus ring): the first opaque fill. */
    static List<Color> ring(Region r) {
        Background background = r.getBackground();
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                List<Color> colours = Contrast.opaque(fill.getFill());
                if (!colours.isEmpty()) {
                    return colours;
                }
            }
        }
        throw new AssertionError("no opaque fill on " + Contrast.path(r) + " " + r.getStyleClass());
    }

    /** The face: the last opaque fill. */
    static List<Color> body(Region r) {
        List<Color> colours = r.getBackground() == null ? List.of() : Contrast.topColours(r.getBackground());
        if (colours.isEmpty()) {
            throw new AssertionError("no opaque fill on " + Contrast.path(r) + " " + r.getStyleClass());
        }
        return colours;
    }

    /** What {@code n} is drawn on. */
    static List<Color> behind(Node n) {
        return Contrast.backgroundOf(n);
    }

    /** The colour of a region's left border (a bar drawn with {@code -fx-border-color}). */
    static List<Color> leftBorder(Region r) {
        return Contrast.opaque(r.getBorder().getStrokes().getFirst().getLeftStroke());
    }

    static Pair pair(String what, List<Color> a, List<Color> b) {
        Pair worst = null;
        for (Color x : a) {
            for (Color y : b) {
                double r = Contrast.ratio(x, y);
                if (worst == null || r < worst.ratio()) {
                    worst = new Pair(what, x, y, r);
                }
            }
        }
        return worst;
    }

    /** A boundary is its ring or its body, whichever stands out more from what it sits on. */
    static Pair boundary(String what, Region r) {
        Pair ring = pair(what + " (border)", ring(r), behind(r));
        Pair body = pair(what + " (fill)", body(r), behind(r));
        return ring.ratio() >= body.ratio() ? ring : body;
    }
}
