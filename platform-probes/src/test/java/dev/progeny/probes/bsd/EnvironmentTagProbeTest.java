package dev.progeny.probes.bsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.launch.Container;
import dev.progeny.probes.launch.TagReading;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTagProbeTest {

    private static ProcessInfo proc(int pid, ProcessState state) {
        return ProcessInfo.builder(pid).state(state).uid(501).startTime(1).startEpochMillis(1).name("p").build();
    }

    @Test
    void readsTheTagFromTheEnvironmentAndNeverAZombies() {
        EnvironmentTagProbe probe = new EnvironmentTagProbe(
                pid -> switch (pid) {
                    case 10 -> List.of("HOME=/h", "PROGENY_LAUNCH=l-9.1-2");
                    case 12 -> List.of("HOME=/h");
                    default -> List.of();
                });

        assertThat(probe.launchTag(proc(10, ProcessState.SLEEPING))).isEqualTo(new TagReading.Tagged("l-9.1-2"));
        assertThat(probe.launchTag(proc(12, ProcessState.SLEEPING))).isEqualTo(TagReading.UNTAGGED);
        assertThat(probe.launchTag(proc(11, ProcessState.SLEEPING))).as("unreadable").isEqualTo(TagReading.UNREAD);
        assertThat(probe.launchTag(proc(10, ProcessState.ZOMBIE))).isEqualTo(TagReading.UNREAD);
        assertThat(probe.containerPids(new Container.Cgroup(Path.of("x")))).as("no container on macOS").isEmpty();
    }
}
