package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.Capability;
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

    @Test
    void offersCgroupKillExactlyWhereTheLauncherFindsACgroupHome() {
        boolean home = CgroupV2.find().cgroup().isPresent();
        boolean kernel = LinuxCapabilities.atLeast(System.getProperty("os.version"), new int[] {5, 14});
        assertThat(LinuxCapabilities.detect().has(Capability.CGROUP_KILL)).isEqualTo(home && kernel);
    }
}
