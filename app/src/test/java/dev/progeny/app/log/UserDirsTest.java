package dev.progeny.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDirsTest {
    @Test
    void homeComesFromHomeNotFromThePasswordDatabase() {
        UserDirs dirs = UserDirs.of(Map.of("HOME", "/home/ada"), "/root");
        assertThat(dirs.home()).isEqualTo(Path.of("/home/ada"));
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ada/.config/progeny"));
        assertThat(dirs.state()).isEqualTo(Path.of("/home/ada/.local/state/progeny"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/home/ada/.cache/progeny"));
    }

    @Test
    void xdgVariablesWinWhenAbsolute() {
        UserDirs dirs = UserDirs.of(Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/st",
                "XDG_CACHE_HOME", "relative/cache"), "/root");
        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/progeny"));
        assertThat(dirs.state()).isEqualTo(Path.of("/st/progeny"));
        assertThat(dirs.cache()).as("a relative value is ignored (XDG spec)").isEqualTo(Path.of("/home/ada/.cache/progeny"));
    }

    @Test
    void withoutHomeThePasswordDatabaseAnswers() {
        assertThat(UserDirs.of(Map.of(), "/root").config()).isEqualTo(Path.of("/root/.config/progeny"));
    }
}
