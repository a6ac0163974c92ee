package dev.progeny.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

    @Test
    void allExceptKeepsTheReasons() {
        Capabilities caps = Capabilities.allExcept(OperatingSystem.LINUX, "Subreaper", Map.of(Capability.PIDFD, "old kernel"));

        assertThat(caps.has(Capability.PIDFD)).isFalse();
        assertThat(caps.whyNot(Capability.PIDFD)).contains("old kernel");
        assertThat(caps.has(Capability.NEW_SESSION)).isTrue();
        assertThat(caps.whyNot(Capability.NEW_SESSION)).isEmpty();
        assertThat(caps.available()).hasSize(Capability.values().length - 1);
    }

    @Test
    void everyCapabilityIsEitherAvailableOrExplained() {
        assertThatThrownBy(() -> new Capabilities(OperatingSystem.MACOS, "Subreaper", EnumSet.of(Capability.PIDFD), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Capabilities(OperatingSystem.MACOS, "Subreaper", EnumSet.allOf(Capability.class),
                Map.of(Capability.PIDFD, "both"))).isInstanceOf(IllegalArgumentException.class);
    }
}
