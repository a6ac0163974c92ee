package dev.progeny.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void javaFxIsSeenOnTheAppClassPath() {
        assertThat(Main.javaFxPresent(Main.class.getClassLoader())).isTrue();
    }

    @Test
    void javaFxIsMissingWhereOnlyTheJdkIsVisible() {
        // The platform loader sees the JDK's modules and nothing from the class path: the
        // situation of the FreeBSD package, which ships no JavaFX jars.
        assertThat(Main.javaFxPresent(ClassLoader.getPlatformClassLoader())).isFalse();
    }
}
