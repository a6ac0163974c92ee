package dev.progeny.app.gui.processtree;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LaunchLayoutTest {
    private static final int PROGENY = 500;

    private final ProcessInfo progeny = proc(PROGENY, 1, PROGENY, PROGENY, "java");
    private final ProcessInfo root = proc(600, PROGENY, 600, 600, "sh");
    private final ProcessInfo child = proc(601, 600, 600, 600, "make");
    private final ProcessInfo grandchild = proc(602, 601, 600, 600, "cc");
    private final ProcessInfo adopted = proc(610, PROGENY, 610, 610, "daemon");
    private final ProcessInfo toInit = proc(611, 1, 611, 611, "daemon2");
    private final ProcessInfo other = proc(700, 1, 700, 700, "systemd-user");
    private final ProcessInfo escaped = proc(612, 700, 612, 612, "escaped");
    private final ProcessInfo escapedChild = proc(613, 612, 612, 612, "worker");

    private Map<Integer, LaunchLayout.Placed> arrange(ProcessInfo... members) {
        Snapshot s = Procs.snapshot(1000, proc(1, 0, 1, 1, "init"), progeny, root, child, grandchild, adopted, toInit,
                other, escaped, escapedChild);
        LaunchRows launch = new LaunchRows("L1", "make", List.of("make"), root.key(), List.of(members), Optional.empty());
        return LaunchLayout.arrange(s, launch, PROGENY).stream()
                .collect(Collectors.toMap(p -> p.process().pid(), Function.identity()));
    }

    @Test
    void theLaunchedTreeIsArrangedByParentageUnmarked() {
        var placed = arrange(root, child, grandchild);
        assertThat(placed.get(600).parent()).isNull();
        assertThat(placed.get(601).parent()).isEqualTo(root.key());
        assertThat(placed.get(602).parent()).isEqualTo(child.key());
        assertThat(placed.values()).allMatch(p -> p.lineage().isEmpty());
    }

    @Test
    void membersAdoptedByProgenyOrInitAreOrphans() {
        var placed = arrange(root, adopted, toInit);
        assertThat(placed.get(610).lineage()).containsExactly(Badge.ORPHAN);
        assertThat(placed.get(611).lineage()).containsExactly(Badge.ORPHAN);
        assertThat(placed.get(600).lineage()).isEmpty();
    }

    @Test
    void membersOutsideTheTreeWithAnotherParentAreEscapeesAndTheirChildrenSitUnderThem() {
        var placed = arrange(root, escaped, escapedChild);
        assertThat(placed.get(612).lineage()).containsExactly(Badge.ESCAPEE);
        assertThat(placed.get(612).parent()).isNull();
        assertThat(placed.get(613).lineage()).isEmpty();
        assertThat(placed.get(613).parent()).isEqualTo(escaped.key());
    }

    @Test
    void whenTheRootIsGoneItsChildrenAreOrphans() {
        ProcessInfo orphanedChild = proc(601, PROGENY, 600, 600, "make");
        Snapshot s = Procs.snapshot(1000, progeny, orphanedChild);
        LaunchRows launch = new LaunchRows("L1", "make", List.of("make"), root.key(), List.of(orphanedChild), Optional.empty());
        assertThat(LaunchLayout.arrange(s, launch, PROGENY)).singleElement()
                .satisfies(p -> assertThat(p.lineage()).isEqualTo(Set.of(Badge.ORPHAN)));
    }

    @Test
    void parentsComeBeforeChildrenAndSiblingsByPid() {
        var list = LaunchLayout.arrange(Procs.snapshot(1000, progeny, root, child, grandchild, adopted),
                new LaunchRows("L1", "make", List.of("make"), root.key(), List.of(grandchild, adopted, child, root), Optional.empty()), PROGENY);
        assertThat(list).extracting(p -> p.process().pid()).containsExactly(600, 601, 602, 610);
    }
}
