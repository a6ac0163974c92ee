package dev.progeny.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

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
}
