package dev.progeny.app.gui.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.diagnose.ChildTarget;
import dev.progeny.probes.diagnose.Diagnosis;
import dev.progeny.probes.diagnose.DiagnosisWords;
import dev.progeny.probes.diagnose.Inherited;
import dev.progeny.probes.diagnose.ProcessFacts;
import dev.progeny.probes.diagnose.WaitingFor;
import dev.progeny.probes.diagnose.WhyReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WhySectionsTest {
    private final ProcessInfo shell = ProcessInfo.builder(10).name("sh").build();
    private final ProcessInfo zombie = ProcessInfo.builder(11).ppid(10).state(ProcessState.ZOMBIE).name("true").build();

    private static Diagnosis diagnosis(ProcessInfo p, WaitingFor w, List<Inherited> inherited, List<Inherited> progeny) {
        ProcessFacts read = new ProcessFacts(p, w, Optional.of(List.of()), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Diagnosis(read, w, inherited, progeny, Optional.empty(), List.of(), List.of());
    }

    @Test
    void aProgenyDescriptorInAMemberIsAnAlarmOfItsOwn() {
        WaitingFor child = new WaitingFor.Child(new ChildTarget(ChildTarget.Scope.ANY, 0), List.of(11));
        Diagnosis d = diagnosis(shell, child, List.of(new Inherited(3, 5, 3, Inherited.Evidence.SAME_OPEN_FILE)),
                List.of(new Inherited(9, 1, 42, Inherited.Evidence.SAME_OPEN_FILE)));
        List<WhySection> sections = WhySections.of(new WhyReport(d, List.of(), Map.of()), pid -> null, 1, Optional.empty());

        assertThat(sections).extracting(WhySection::id).containsExactly("waiting", "pipes", "progeny-leak", "inherited", "namespace", "fds");
        assertThat(sections.get(0).lines()).containsExactly("waiting for child 11");
        assertThat(sections.get(2).alarm()).isTrue();
        assertThat(sections.get(2).lines().getFirst()).startsWith("fd 9 is Progeny's own fd 42");
        assertThat(sections.get(3).lines()).containsExactly("inherited 1 descriptor from 5 (fd 3)");
        assertThat(sections.get(4).lines()).contains("pid 10 (no nested pid namespace)", "container: none");
    }

    /** Another user's process, or an OS whose descriptors Progeny does not read: unknown, not "none". */
    @Test
    void descriptorsNotReadAreSaidToBeUnknownNotAbsent() {
        WaitingFor sleeping = new WaitingFor.Sleep(Optional.empty(), Optional.empty(), false);
        Diagnosis d = new Diagnosis(ProcessFacts.waitOnly(shell, sleeping), sleeping, List.of(), List.of(), Optional.empty(),
                List.of(), List.of());
        List<WhySection> sections = WhySections.of(new WhyReport(d, List.of(), Map.of()), pid -> null, 1, Optional.empty());

        assertThat(sections).filteredOn(s -> List.of("pipes", "inherited", "fds").contains(s.id()))
                .extracting(WhySection::lines).containsExactly(List.of(DiagnosisWords.NOT_READ),
                        List.of(DiagnosisWords.NOT_READ), List.of(DiagnosisWords.NOT_READ));
    }

    @Test
    void aZombieTheOsDoesNotDateIsAgedFromWhenTheWindowSawIt() {
        Diagnosis d = diagnosis(zombie, new WaitingFor.Zombie(), List.of(), List.of());
        List<WhySection> sections = WhySections.of(new WhyReport(d, List.of(), Map.of()), pid -> null, 1,
                Optional.of(Duration.ofSeconds(42)));
        assertThat(sections).filteredOn(s -> s.id().equals("zombie-age")).singleElement()
                .satisfies(s -> assertThat(s.lines()).containsExactly("42 s"));
    }

    @Test
    void theClockForgetsZombiesThatWereReaped() {
        ZombieClock clock = new ZombieClock();
        Instant t0 = Instant.ofEpochSecond(1000);
        clock.observe(new Snapshot(t0, List.of(shell, zombie)));
        clock.observe(new Snapshot(t0.plusSeconds(30), List.of(shell, zombie)));
        assertThat(clock.age(zombie.key(), t0.plusSeconds(40))).contains(Duration.ofSeconds(40));
        assertThat(clock.age(shell.key(), t0)).isEmpty();
        clock.observe(new Snapshot(t0.plusSeconds(50), List.of(shell)));
        assertThat(clock.age(zombie.key(), t0.plusSeconds(60))).isEmpty();
    }
}
