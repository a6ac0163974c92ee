package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.launch.TagReading;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinuxMembershipProbeTest {
    private static byte[] env(String text) {
        return text.replace('|', '\0').getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsTheTagAnywhereInTheBlock() {
        assertThat(LinuxMembershipProbe.tagIn(env("HOME=/root|PROGENY_LAUNCH=abc.1|PATH=/bin|"))).contains("abc.1");
        assertThat(LinuxMembershipProbe.tagIn(env("PROGENY_LAUNCH=last"))).contains("last");
    }

    @Test
    void ignoresLookalikesAndEmptyBlocks() {
        assertThat(LinuxMembershipProbe.tagIn(env("XPROGENY_LAUNCH=no|PROGENY_LAUNCHX=no|"))).isEmpty();
        assertThat(LinuxMembershipProbe.tagIn(new byte[0])).isEmpty();
    }

    @Test
    void aZombieIsNotRead() {
        // As a live process pid 1 would read as untagged; marked a zombie, nothing is read.
        ProcessInfo zombie = ProcessInfo.builder(1).state(ProcessState.ZOMBIE).build();
        assertThat(new LinuxMembershipProbe().launchTag(zombie)).isEqualTo(TagReading.UNREAD);
    }

    @Test
    void anEmptyEnvironmentIsNothingReadNotAProcessWithoutTag() {
        assertThat(LinuxMembershipProbe.reading(new byte[0])).isEqualTo(TagReading.UNREAD);
        assertThat(LinuxMembershipProbe.reading(env("HOME=/root|"))).isEqualTo(TagReading.UNTAGGED);
        assertThat(LinuxMembershipProbe.reading(env("PROGENY_LAUNCH=abc.1|"))).isEqualTo(new TagReading.Tagged("abc.1"));
    }
}
