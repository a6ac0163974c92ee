package dev.progeny.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.posix.PosixLibc;
import dev.progeny.probes.testing.CallSites;
import org.junit.jupiter.api.Test;

/** The app signals only through the platform (its terminator, or a launch's group): never kill(2) itself. */
class NoSignalOutsideTheSenderTest {

    @Test
    void theAppNeverCallsKillItself() {
        assertThat(CallSites.callersOf(CallSites.classesOf(Main.class), PosixLibc.class, "kill")).isEmpty();
    }
}
