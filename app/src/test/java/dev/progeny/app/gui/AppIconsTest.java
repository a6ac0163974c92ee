package dev.progeny.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AppIconsTest {

    /** Image decoding needs the JavaFX toolkit (headless Monocle here, see the POM). */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyWindowIconLoadsAtItsOwnSize() {
        List<Image> icons = AppIcons.all();

        assertThat(icons).hasSize(AppIcons.SIZES.length);
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertThat(icon.isError()).as("icon %d failed: %s", i, icon.getException()).isFalse();
            assertThat(icon.getWidth()).isEqualTo(AppIcons.SIZES[i]);
            assertThat(icon.getHeight()).isEqualTo(AppIcons.SIZES[i]);
        }
    }

    /** The icons are committed renderings of icons/progeny.svg; tests run in app/. */
    private static final Path ICONS = Path.of("..", "icons");

    @Test
    void committedIconsWereRenderedFromTheCurrentDrawing() throws IOException, NoSuchAlgorithmException {
        byte[] svg = Files.readAllBytes(ICONS.resolve("progeny.svg"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg));

        assertThat(Files.readString(ICONS.resolve("png/rendered-from.sha256")).strip())
                .as("icons/progeny.svg changed: run icons/generate.sh and commit what it writes")
                .isEqualTo(hash);
    }

    @Test
    void windowIconsAreThePackagesRenderings() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (var resource = AppIcons.class.getResourceAsStream("/dev/progeny/app/icons/progeny-" + size + ".png")) {
                assertThat(resource).as("window icon %d", size).isNotNull();
                assertThat(resource.readAllBytes()).as("window icon %d", size)
                        .isEqualTo(Files.readAllBytes(ICONS.resolve("png/progeny-" + size + ".png")));
            }
        }
    }
}
