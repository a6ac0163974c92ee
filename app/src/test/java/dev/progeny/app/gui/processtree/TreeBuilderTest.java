package dev.progeny.app.gui.processtree;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Platform;
import dev.progeny.probes.Signal;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.events.EventRecorder;
import dev.progeny.probes.events.EventSources;
import dev.progeny.probes.events.ProcessEvent;
import dev.progeny.probes.launch.ExitStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeBuilderTest {
    private final TreeBuilder builder = new TreeBuilder(uid -> "u" + uid, 500);
    private final ProcessInfo init = proc(1, 0, 1, 1, "init");
    private final ProcessInfo shell = proc(10, 1, 10, 10, "bash");
    private final ProcessInfo editor = proc(11, 10, 11, 10, "vim");
    private final ProcessInfo server = proc(20, 1, 20, 20, "nginx");

    private TreeModel build(Snapshot s, TreeModel previous, long now, ProcessFilter filter) {
        builder.observe(s, pid -> true);
        return builder.build(s, List.of(), TreeBuilder.View.SYSTEM_TREE, filter, previous, now);
    }

    private static RowId sys(ProcessInfo p) {
        return RowId.process(RowId.SYSTEM, p.key());
    }

    @Test
    void systemViewHangsEachProcessUnderItsParent() {
        TreeModel m = build(Procs.snapshot(1000, server, editor, shell, init), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        assertThat(m.entries().keySet()).containsExactly(sys(init), sys(shell), sys(editor), sys(server));
        assertThat(m.get(sys(editor)).parent()).isEqualTo(sys(shell));
        assertThat(m.get(sys(init)).parent()).isNull();
        assertThat(m.get(sys(editor)).data().user()).isEqualTo("u1000");
    }

    @Test
    void anUnchangedProcessKeepsItsEntryAndTheDiffSkipsIt() {
        TreeModel first = build(Procs.snapshot(1000, init, shell, editor), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        ProcessInfo busyEditor = proc(11, 10, 11, 10, "vim", ProcessState.RUNNING, 5_000_000);
        TreeModel second = build(Procs.snapshot(2000, init, shell, busyEditor), first, 2000, ProcessFilter.NONE);

        assertThat(second.get(sys(init))).isSameAs(first.get(sys(init)));
        assertThat(second.get(sys(shell))).isSameAs(first.get(sys(shell)));
        assertThat(second.get(sys(editor))).isNotSameAs(first.get(sys(editor)));
        TreePatch patch = TreeDiff.between(first, second);
        assertThat(patch.changed()).extracting(RowData::id).containsExactly(sys(editor));
        assertThat(patch.added()).isEmpty();
        assertThat(patch.moved()).isEmpty();
    }

    @Test
    void theFilterKeepsMatchesAndTheirAncestors() {
        TreeModel m = build(Procs.snapshot(1000, init, shell, editor, server), TreeModel.EMPTY, 1000, new ProcessFilter("vim"));
        assertThat(m.entries().keySet()).containsExactly(sys(init), sys(shell), sys(editor));
    }

    @Test
    void aVanishedProcessStaysBrieflyAsATombstone() {
        TreeModel first = build(Procs.snapshot(1000, init, shell, editor), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        TreeModel second = build(Procs.snapshot(2000, init, shell), first, 2000, ProcessFilter.NONE);
        assertThat(second.get(sys(editor)).data().has(Badge.EXITED)).isTrue();
        assertThat(second.get(sys(editor)).data().status()).isEqualTo("exited");
        assertThat(second.get(sys(editor)).parent()).isEqualTo(sys(shell));

        TreeModel third = build(Procs.snapshot(3000, init, shell), second, 3000, ProcessFilter.NONE);
        assertThat(third.contains(sys(editor))).isTrue();
        TreeModel fourth = build(Procs.snapshot(4100, init, shell), third, 4100, ProcessFilter.NONE);
        assertThat(fourth.contains(sys(editor))).isFalse();
    }

    @Test
    void aTombstoneSaysHowTheProcessEndedWhenTheHistoryRecordedIt() {
        EventRecorder events = new EventRecorder(EventSources.pollingOnly(() -> {
            throw new IOException("fed the readings only");
        }), Duration.ZERO);
        TreeBuilder recorded = new TreeBuilder(uid -> "u" + uid, 500, events);
        ProcessInfo compiler = proc(12, 10, 10, 10, "cc");
        Snapshot before = Procs.snapshot(1000, init, shell, editor, compiler);
        recorded.observe(before, pid -> true);
        TreeModel first = recorded.build(before, List.of(), new TreeBuilder.View(true, false), ProcessFilter.NONE, TreeModel.EMPTY, 1000);
        // What an exact source tells between two readings:
        events.history().accept(new ProcessEvent.Exit(System.nanoTime(), 11, Optional.of(new ExitStatus.Exited(3)), -1));
        events.history().accept(new ProcessEvent.Exit(System.nanoTime(), 12,
                Optional.of(new ExitStatus.Killed(Platform.current().signals().number(Signal.KILL), false)), -1));

        Snapshot after = Procs.snapshot(2000, init, shell);
        recorded.observe(after, pid -> true);
        TreeModel second = recorded.build(after, List.of(), new TreeBuilder.View(true, false), ProcessFilter.NONE, first, 2000);
        assertThat(second.get(sys(editor)).data().status()).isEqualTo("exit 3");
        assertThat(second.get(sys(compiler)).data().status()).isEqualTo("killed (KILL)");
        assertThat(second.get(sys(compiler)).data().has(Badge.EXITED)).isTrue();
    }

    @Test
    void aProcessFilteredAwayIsNoTombstone() {
        TreeModel first = build(Procs.snapshot(1000, init, shell, editor), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        TreeModel filtered = builder.build(Procs.snapshot(1000, init, shell, editor), List.of(), TreeBuilder.View.SYSTEM_TREE,
                new ProcessFilter("bash"), first, 1500);
        assertThat(filtered.contains(sys(editor))).isFalse();
    }

    @Test
    void newProcessesAreMarkedNewForAMomentButNotThoseOfTheFirstSnapshot() {
        TreeModel first = build(Procs.snapshot(1000, init, shell), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        assertThat(first.get(sys(shell)).data().has(Badge.NEW)).isFalse();
        TreeModel second = build(Procs.snapshot(2000, init, shell, editor), first, 2000, ProcessFilter.NONE);
        assertThat(second.get(sys(editor)).data().has(Badge.NEW)).isTrue();
        TreeModel later = build(Procs.snapshot(4500, init, shell, editor), second, 4500, ProcessFilter.NONE);
        assertThat(later.get(sys(editor)).data().has(Badge.NEW)).isFalse();
    }

    @Test
    void zombiesAndStoppedProcessesAreBadged() {
        ProcessInfo zombie = proc(12, 10, 10, 10, "defunct", ProcessState.ZOMBIE, 0);
        ProcessInfo stopped = proc(13, 10, 10, 10, "paused", ProcessState.STOPPED, 0);
        TreeModel m = build(Procs.snapshot(1000, init, shell, zombie, stopped), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        assertThat(m.get(sys(zombie)).data().badges()).containsExactly(Badge.ZOMBIE);
        assertThat(m.get(sys(stopped)).data().badges()).containsExactly(Badge.STOPPED);
    }

    @Test
    void aReapedZombieIsExitedWithoutItsZombieMark() {
        ProcessInfo zombie = proc(12, 10, 10, 10, "defunct", ProcessState.ZOMBIE, 0);
        TreeModel first = build(Procs.snapshot(1000, init, shell, zombie), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        TreeModel reaped = build(Procs.snapshot(2000, init, shell), first, 2000, ProcessFilter.NONE);
        assertThat(reaped.get(sys(zombie)).data().badges()).containsExactly(Badge.EXITED);
        assertThat(reaped.get(sys(zombie)).data().status()).isEqualTo("exited");
    }

    @Test
    void theCommandColumnQuotesArgumentsAsAShellWould() {
        ProcessInfo printf = proc(30, 1, 30, 30, "printf").toBuilder().argv(List.of("printf", "%s|", "a b c")).build();
        TreeModel m = build(Procs.snapshot(1000, init, printf), TreeModel.EMPTY, 1000, ProcessFilter.NONE);
        assertThat(m.get(sys(printf)).data().command()).isEqualTo("printf '%s|' 'a b c'");
    }
}
