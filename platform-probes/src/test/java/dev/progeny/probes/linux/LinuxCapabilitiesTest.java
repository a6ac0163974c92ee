package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinuxCapabilitiesTest {

    @Test
    void comparesKernelReleases() {
        int[] pidfd = {5, 3};
        assertThat(LinuxCapabilities.atLeast("6.1.0-13-amd64", pidfd)).isTrue();
        assertThat(LinuxCapabilities.atLeast("5.3.0", pidfd)).isTrue();
        assertThat(LinuxCapabilities.atLeast("5.10.0-28-cloud-amd64", pidfd)).isTrue();
        assertThat(LinuxCapabilities.atLeast("5.2.21", pidfd)).isFalse();
        assertThat(LinuxCapabilities.atLeast("4.19.0", pidfd)).isFalse();
        assertThat(LinuxCapabilities.atLeast("", pidfd)).isFalse();
    }
}
