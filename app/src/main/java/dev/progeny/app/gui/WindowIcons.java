package dev.progeny.app.gui;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Puts the app icon (the PNG sizes rendered from {@code icons/}) on a window. A missing size is
 * skipped, never fatal: the window matters more than its icon. FX thread only; every OS.
 */
final class WindowIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcons() {
    }

    static void install(Stage stage) {
        for (int size : SIZES) {
            URL url = WindowIcons.class.getResource("/dev/progeny/app/icons/progeny-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
