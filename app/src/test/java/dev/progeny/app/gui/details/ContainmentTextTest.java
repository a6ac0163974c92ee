package dev.progeny.app.gui.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.launch.Containment;
import dev.progeny.probes.launch.Membership.Reason;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainmentTextTest {

    @Test
    void namesWhatCaughtTheMemberAndWhatTheLaunchHasAndLacks() {
        String text = ContainmentText.of(Optional.of(EnumSet.of(Reason.ADOPTED, Reason.ENVIRONMENT_TAG)),
                EnumSet.of(Containment.PROCESS_GROUP, Containment.SUBREAPER, Containment.ENVIRONMENT_TAG),
                Map.of(Containment.CGROUP, "no writable cgroup v2"), "Subreaper");
        assertThat(text).isEqualTo("Caught by subreaper adoption, environment tag"
                + " · launch has process group, subreaper, environment tag"
                + " · not in force: cgroup (no writable cgroup v2)");
    }

    @Test
    void namesAdoptionAsThePlatformDoes() {
        String text = ContainmentText.of(Optional.of(EnumSet.of(Reason.ADOPTED)),
                EnumSet.of(Containment.PROCESS_GROUP, Containment.SUBREAPER), Map.of(), "Reaper (procctl)");
        assertThat(text).isEqualTo("Caught by reaper (procctl) adoption · launch has process group, reaper (procctl)");
    }

    @Test
    void saysSoWhenTheLastRefreshDidNotCountIt() {
        assertThat(ContainmentText.of(Optional.empty(), EnumSet.of(Containment.SESSION), Map.of(), "Subreaper"))
                .isEqualTo("Caught by not seen as a member in the last refresh · launch has session");
    }
}
