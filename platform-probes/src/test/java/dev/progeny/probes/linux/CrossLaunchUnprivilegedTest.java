package dev.progeny.probes.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's two-launch escapee case as a normal user: {@link CrossLaunchScenario} run as uid
 * 65534 in delegated cgroups. Ending B never signals A's escapee, which B never claims; ending A
 * ends A's own. As root only (the fixture skips the test otherwise); the fixture checks that
 * nothing was left in its cgroups and removes them.
 */
class CrossLaunchUnprivilegedTest {
    private DelegatedCgroup fixture;

    @AfterEach
    void nothingLeft() throws Exception {
        if (fixture != null) {
            fixture.closeCheckingNothingLeft();
        }
    }

    @Test
    void asANormalUserEndingOneLaunchNeverTouchesAnotherLaunchsEscapee() throws Exception {
        fixture = DelegatedCgroup.create();

        DelegatedCgroup.Run run = fixture.run(Duration.ofMinutes(2), CrossLaunchScenario.class.getName());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> facts = run.out().lines().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(facts).as(run.out()).containsEntry("claimedByB", "false")
                .containsEntry("escapeeSignalledByEndingB", "false").containsEntry("escapeeAliveAfterEndingB", "true")
                .containsEntry("bEnded", "true").containsEntry("aEnded", "true");
        // With a cgroup A's container proves the escapee A's, and ending A ends it; without one
        // nothing proves it anyone's: it stays unclaimed, and the scenario ends it by its key.
        boolean cgroup = facts.get("containment").contains("CGROUP");
        assertThat(facts.get("owner")).as(run.out()).isEqualTo(cgroup ? "A" : "none");
        assertThat(facts.get("escapeeEndedWithA")).as(run.out()).isEqualTo(Boolean.toString(cgroup));
    }
}
