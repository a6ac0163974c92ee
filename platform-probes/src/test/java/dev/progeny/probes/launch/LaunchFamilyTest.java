package dev.progeny.probes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessKey;
import dev.progeny.probes.Snapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Once the root's pid names someone else, the launch's group and session numbers and everything
 * known by the root's key prove nothing. A start time counts clock ticks, so a process that takes
 * the pid within the same tick has the root's very key: only the reaping tells them apart. The
 * kernel cannot be made to reuse a pid within one tick on purpose, so these readings are built
 * (LaunchGroupSignalTest covers the same guard on real processes, when it gets the timing).
 */
class LaunchFamilyTest {
    private static final ProcessKey ROOT = new ProcessKey(500, 1000);
    private final Map<Integer, String> tags = new HashMap<>();
    /** Pids whose environment reads as nothing (caught in exec). */
    private final Set<Integer> unread = new HashSet<>();
    private final AtomicBoolean reaped = new AtomicBoolean();
    private final LaunchFamily family = new LaunchFamily("a1", "sleep 300", ROOT,
            EnumSet.of(Containment.PROCESS_GROUP, Containment.ENVIRONMENT_TAG), Optional.empty(), new Tags(),
            new LaunchRegistry(99), reaped::get);

    @Test
    void aProcessThatTookTheReapedRootsKeyWithinTheSameTickIsNoMemberNorIsItsGroup() {
        tags.put(500, "a1");
        assertThat(pids(family.memberships(reading(
                ProcessInfo.builder(500).ppid(99).startTime(1000).build(),
                ProcessInfo.builder(501).ppid(500).pgid(500).startTime(1000).build()))))
                .containsExactly(500, 501);

        reaped.set(true);
        tags.put(500, "someone else's");
        List<Membership> after = family.memberships(reading(
                ProcessInfo.builder(500).ppid(99).startTime(1000).build(),
                ProcessInfo.builder(502).ppid(500).pgid(500).startTime(1000).build()));

        assertThat(after).isEmpty();
    }

    @Test
    void aProcessAtTheRootsPidWithALaterStartMakesTheGroupNumberProveNothing() {
        List<Membership> found = family.memberships(reading(
                ProcessInfo.builder(500).ppid(99).startTime(1200).build(),
                ProcessInfo.builder(503).ppid(500).pgid(500).startTime(1300).build()));

        assertThat(found).isEmpty();
    }

    @Test
    void aTaggedMemberStillCountsAfterTheRootsNumberWasTaken() {
        tags.put(504, "a1");
        List<Membership> found = family.memberships(reading(
                ProcessInfo.builder(500).ppid(99).startTime(1200).build(),
                ProcessInfo.builder(504).ppid(1).pgid(500).startTime(1100).build()));

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.process().pid()).isEqualTo(504);
            assertThat(m.reasons()).containsExactly(Membership.Reason.ENVIRONMENT_TAG);
        });
    }

    @Test
    void anEnvironmentReadAsNothingIsAskedAgainAndThenCounts() {
        tags.put(505, "a1");
        unread.add(505);
        Snapshot escaped = reading(
                ProcessInfo.builder(500).ppid(99).startTime(1000).build(),
                ProcessInfo.builder(505).ppid(1).pgid(505).sid(505).startTime(1100).build());
        assertThat(pids(family.memberships(escaped))).containsExactly(500);

        unread.remove(505);
        assertThat(pids(family.memberships(escaped))).containsExactly(500, 505);
    }

    private static Snapshot reading(ProcessInfo... processes) {
        return new Snapshot(Instant.now(), List.of(processes));
    }

    private static List<Integer> pids(List<Membership> memberships) {
        return memberships.stream().map(m -> m.process().pid()).sorted().toList();
    }

    /** The environment tag as this test says it reads; no containers. */
    private final class Tags implements MembershipProbe {
        @Override
        public TagReading launchTag(ProcessInfo process) {
            return unread.contains(process.pid()) ? TagReading.UNREAD
                    : TagReading.of(Optional.ofNullable(tags.get(process.pid())));
        }

        @Override
        public Collection<Integer> containerPids(Container container) {
            return List.of();
        }
    }
}
