package dev.progeny.app.gui.processtree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import java.util.LinkedHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TreeDiffTest {

    private static TreeModel model(TreeModel.Entry... entries) {
        LinkedHashMap<RowId, TreeModel.Entry> map = new LinkedHashMap<>();
        for (TreeModel.Entry e : entries) {
            map.put(e.data().id(), e);
        }
        return new TreeModel(map);
    }

    private static TreeModel.Entry entry(ProcessInfo p, ProcessInfo parent, double cpu) {
        RowId id = RowId.process(RowId.SYSTEM, p.key());
        RowId parentId = parent == null ? null : RowId.process(RowId.SYSTEM, parent.key());
        return new TreeModel.Entry(parentId, new RowData(id, p, p.name(), "me", cpu, Set.of(), "sleeping", p.commandLine()));
    }

    private final ProcessInfo init = Procs.proc(1, 0, 1, 1, "init");
    private final ProcessInfo shell = Procs.proc(10, 1, 10, 10, "sh");
    private final ProcessInfo child = Procs.proc(11, 10, 10, 10, "sleep");

    @Test
    void sameModelGivesEmptyPatch() {
        TreeModel m = model(entry(init, null, 0), entry(shell, init, 0));
        assertThat(TreeDiff.between(m, m).isEmpty()).isTrue();
    }

    @Test
    void findsAddedRemovedMovedAndChangedRows() {
        TreeModel before = model(entry(init, null, 0), entry(shell, init, 0), entry(child, shell, 0));
        ProcessInfo newcomer = Procs.proc(12, 1, 12, 12, "new");
        TreeModel after = model(entry(init, null, 5), entry(child, init, 0), entry(newcomer, init, 0));

        TreePatch patch = TreeDiff.between(before, after);

        assertThat(patch.removed()).containsExactly(RowId.process(RowId.SYSTEM, shell.key()));
        assertThat(patch.added()).extracting(e -> e.data().id().process()).containsExactly(newcomer.key());
        assertThat(patch.moved()).extracting(e -> e.data().id().process()).containsExactly(child.key());
        assertThat(patch.changed()).extracting(d -> d.id().process()).containsExactly(init.key());
        assertThat(patch.changesStructure()).isTrue();
    }

    @Test
    void addsParentsBeforeChildren() {
        TreeModel after = model(entry(init, null, 0), entry(shell, init, 0), entry(child, shell, 0));
        assertThat(TreeDiff.between(TreeModel.EMPTY, after).added())
                .extracting(e -> e.data().name()).containsExactly("init", "sh", "sleep");
    }

    @Test
    void aReusedPidIsANewRow() {
        ProcessInfo reused = child.toBuilder().startTime(999_999).startEpochMillis(0).name("other").argv(java.util.List.of("other"))
                .rssBytes(0).cpuNanos(0).build();
        TreePatch patch = TreeDiff.between(model(entry(shell, null, 0), entry(child, shell, 0)),
                model(entry(shell, null, 0), entry(reused, shell, 0)));
        assertThat(patch.removed()).containsExactly(RowId.process(RowId.SYSTEM, child.key()));
        assertThat(patch.added()).extracting(e -> e.data().name()).containsExactly("other");
    }
}
