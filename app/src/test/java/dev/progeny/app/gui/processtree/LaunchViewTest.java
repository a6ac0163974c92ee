package dev.progeny.app.gui.processtree;

import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progeny.app.gui.filter.ProcessFilter;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.Snapshot;
import dev.progeny.probes.launch.ExitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The launches view of {@link TreeBuilder}: each launch's header row above its family. */
class LaunchViewTest {
    private final TreeBuilder builder = new TreeBuilder(uid -> "u" + uid, 500);
    private final ProcessInfo init = proc(1, 0, 1, 1, "init");
    private final ProcessInfo root = proc(600, 500, 600, 600, "sh");
    private final ProcessInfo kid = proc(601, 600, 600, 600, "sleep");

    private TreeModel build(Snapshot s, List<LaunchRows> launches, boolean system, TreeModel previous) {
        builder.observe(s, pid -> true);
        return builder.build(s, launches, system ? TreeBuilder.View.SYSTEM_TREE : TreeBuilder.View.LAUNCH_TREE, ProcessFilter.NONE, previous, s.takenAt().toEpochMilli());
    }

    private static LaunchRows launch(String id, List<String> argv, ProcessInfo root, Optional<ExitStatus> exit,
                                     ProcessInfo... members) {
        return new LaunchRows(id, String.join(" ", argv), argv, root.key(), List.of(members), exit);
    }

    @Test
    void eachLaunchSitsAboveItsFamilyWithItsExitStatus() {
        Snapshot s = Procs.snapshot(1000, init, root, kid);
        LaunchRows running = launch("A", List.of("sh", "-c", "sleep 5 &"), root, Optional.empty(), root, kid);
        LaunchRows ended = launch("B", List.of("false"), proc(700, 500, 700, 700, "false"),
                Optional.of(new ExitStatus.Exited(1)));
        TreeModel m = build(s, List.of(running, ended), false, TreeModel.EMPTY);

        assertThat(m.entries().keySet()).containsExactly(RowId.launch("A"), RowId.process("A", root.key()),
                RowId.process("A", kid.key()), RowId.launch("B"));
        assertThat(m.get(RowId.launch("A")).data().status()).isEqualTo("running, 2 processes");
        assertThat(m.get(RowId.launch("B")).data().status()).isEqualTo("exited 1");
        assertThat(m.get(RowId.process("A", root.key())).parent()).isEqualTo(RowId.launch("A"));
    }

    @Test
    void theHeaderCountsMembersByState() {
        List<ProcessInfo> members = new ArrayList<>(List.of(root));
        for (int pid = 602; pid < 605; pid++) {
            members.add(proc(pid, 600, 600, 600, "sleep", ProcessState.STOPPED, 0));
        }
        members.add(proc(605, 600, 600, 600, "gone", ProcessState.ZOMBIE, 0));
        members.add(kid);
        Snapshot s = new Snapshot(Procs.snapshot(1000).takenAt(), members);
        TreeModel m = build(s, List.of(launch("A", List.of("make"), root, Optional.empty(),
                members.toArray(ProcessInfo[]::new))), false, TreeModel.EMPTY);
        assertThat(m.get(RowId.launch("A")).data().status()).isEqualTo("running, 6 processes, 3 stopped, 1 zombie");

        TreeModel ended = build(Procs.snapshot(2000, init, kid), List.of(launch("A", List.of("make"), root,
                Optional.of(new ExitStatus.Exited(0)), kid)), false, m);
        assertThat(ended.get(RowId.launch("A")).data().status()).isEqualTo("exited 0, 1 process left");
    }

    @Test
    void anEndedLaunchKeepsItsRootsIdsAfterTheWholeSystemViewCameBetween() {
        LaunchRows running = launch("A", List.of("sleep", "1"), root, Optional.empty(), root);
        TreeModel shown = build(Procs.snapshot(1000, init, root), List.of(running), false, TreeModel.EMPTY);
        TreeModel system = build(Procs.snapshot(2000, init, root), List.of(running), true, shown);
        LaunchRows ended = launch("A", List.of("sleep", "1"), root, Optional.of(new ExitStatus.Exited(0)));
        TreeModel back = build(Procs.snapshot(3000, init), List.of(ended), false, system);

        RowData header = back.get(RowId.launch("A")).data();
        assertThat(header.process()).isEqualTo(root);
        assertThat(header.process().pgid()).isEqualTo(600);
    }

    @Test
    void aRootStillReadAsTheCgroupWrapperShowsTheLaunchedCommand() {
        List<String> argv = List.of("/bin/sh", "-c", "sleep 31 & wait");
        ProcessInfo wrapper = root.toBuilder().argv(List.of("sh", "-c", "echo $$ > \"$1\" || exit 125; shift; exec \"$@\"",
                "progeny", "/sys/fs/cgroup/progeny-7/cgroup.procs", "/bin/sh", "-c", "sleep 31 & wait")).build();
        TreeModel m = build(Procs.snapshot(1000, init, wrapper), List.of(launch("A", argv, wrapper, Optional.empty(), wrapper)),
                false, TreeModel.EMPTY);
        assertThat(m.get(RowId.process("A", wrapper.key())).data().command()).isEqualTo("/bin/sh -c 'sleep 31 & wait'");
        assertThat(m.get(RowId.launch("A")).data().command()).isEqualTo("/bin/sh -c 'sleep 31 & wait'");

        ProcessInfo execd = wrapper.toBuilder().name("sleep").argv(List.of("sleep", "31")).build();
        TreeModel later = build(Procs.snapshot(2000, init, execd), List.of(launch("A", argv, execd, Optional.empty(), execd)),
                false, m);
        assertThat(later.get(RowId.process("A", execd.key())).data().command()).isEqualTo("sleep 31");
    }
}
