package dev.progeny.app.gui;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/**
 * The window's icons, rendered from {@code icons/progeny.svg} by {@code icons/generate.sh}.
 * Hand all of them to {@code Stage.getIcons()}: the window system picks the size it needs.
 * Works on every OS; {@link #all()} loads new images on each call and may run on any thread.
 */
public final class AppIcons {
    /** The sizes generate.sh copies into the app's resources. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> all() {
        return IntStream.of(SIZES)
                .mapToObj(size -> new Image(AppIcons.class.getResource("/dev/progeny/app/icons/progeny-" + size + ".png").toExternalForm()))
                .toList();
    }
}
