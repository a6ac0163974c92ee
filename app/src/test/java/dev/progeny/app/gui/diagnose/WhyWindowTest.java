package dev.progeny.app.gui.diagnose;

import static dev.progeny.app.gui.testing.FxQueries.clickRow;
import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.processtree.ProcessRow;
import dev.progeny.app.gui.processtree.RowData;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.Platform;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.SocketpairScript;
import dev.progeny.probes.testing.TaggedProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window names the staged trees: the Waiting for column, and the Why tab for the selection. */
@ExtendWith(ApplicationExtension.class)
class WhyWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("why-window");
    private final long mark = LaunchCleanup.mark();
    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        MainWindowBuilder.build(stage, state, List.of(new WatchFeature(), new DiagnoseFeature()));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        FxToolkit.hideStage();
        state.executor().shutdown();
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    private Launch launch(String script) throws Exception {
        Launch launch = ShellLaunch.start(tag, script);
        onFx(() -> state.launches().add(launch));
        return launch;
    }

    private static ProcessInfo member(Launch launch, String name, Predicate<ProcessInfo> which) {
        return await().atMost(PATIENCE).until(() -> Platform.current().processTable().snapshot().subtree(launch.pid()).stream()
                .filter(p -> p.name().equals(name)).filter(which).findFirst().orElse(null), p -> p != null);
    }

    /** The text of {@code pid}'s cell in the column {@code columnId}, where that row is in view. */
    private static Optional<String> cell(FxRobot robot, String columnId, int pid) throws Exception {
        return onFx(() -> robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getItem() instanceof RowData d
                        && !d.isLaunch() && d.process() != null && d.process().pid() == pid)
                .map(n -> ((TreeTableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).findFirst());
    }

    private static void awaitCell(FxRobot robot, String columnId, int pid, String startsWith) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cell(robot, columnId, pid))
                .hasValueSatisfying(t -> assertThat(t).startsWith(startsWith)));
    }

    private static void select(FxRobot robot, int pid) throws Exception {
        clickRow(robot, pid);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        onFx(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "why-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    /** The lines of the Why tab's section {@code id}, once it holds one matching {@code expected}. */
    private static List<String> section(FxRobot robot, String id, String expected) {
        return await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#why-section-" + id).tryQuery()
                .map(n -> ((javafx.scene.layout.VBox) n).getChildren().stream().skip(1).map(l -> ((Label) l).getText()).toList())
                .orElse(List.of())), lines -> lines.stream().anyMatch(l -> l.matches(expected)));
    }

    @Test
    void aWriterOnAFullPipeAndItsReaderThatSleeps(FxRobot robot) throws Exception {
        Launch launch = launch("yes | sleep 600");
        ProcessInfo yes = member(launch, "yes", p -> true);
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        awaitCell(robot, "column-waiting-for", yes.pid(), "writing to pipe");
        awaitCell(robot, "column-waiting-for", sleep.pid(), "sleeping 10 min");
        awaitCell(robot, "column-waiting-for", launch.pid(), "waiting for any of its children");

        select(robot, yes.pid());
        section(robot, "waiting", "writing to pipe \\d+ \\(full, 64 KiB\\)");
        section(robot, "pipes", "stdout → pipe \\d+ → read by " + sleep.pid() + " sleep \\(not reading: sleeping in clock_nanosleep\\)");
        section(robot, "related", sleep.pid() + " sleep \\(reads its pipe\\): sleeping 10 min");
        section(robot, "fds", "1  pipe:\\[\\d+\\]  w");
    }

    @Test
    void aWriterWhoseReaderNeverReads(FxRobot robot) throws Exception {
        Launch launch = launch("head -c 1000000 /dev/zero | (sleep 600; cat)");
        ProcessInfo head = member(launch, "head", p -> true);
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        awaitCell(robot, "column-waiting-for", head.pid(), "writing to pipe");
        awaitCell(robot, "column-waiting-for", sleep.pid(), "sleeping 10 min");

        select(robot, head.pid());
        section(robot, "waiting", "writing to pipe \\d+ \\(full, 64 KiB\\)");
        section(robot, "pipes", "stdout → pipe \\d+ → read by .*" + sleep.pid() + " sleep.*");
    }

    @Test
    void aParentThatNeverWaitsAndTheActionThatEndsIt(FxRobot robot) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "needs perl");
        Launch launch = launch("exec /usr/bin/perl -e 'for (1..20) { exit 0 if fork() == 0 } sleep 600'");
        ProcessInfo perl = member(launch, "perl", p -> !p.isZombie());
        await().atMost(PATIENCE).until(() -> Platform.current().processTable().snapshot().children(perl.pid()).stream()
                .filter(ProcessInfo::isZombie).count() == 20);
        ProcessInfo zombie = member(launch, "perl", ProcessInfo::isZombie);
        awaitCell(robot, "column-waiting-for", zombie.pid(), "zombie for");

        select(robot, perl.pid());
        section(robot, "zombies", "parent " + perl.pid() + " perl is sleeping in clock_nanosleep and has not called wait: 20 zombies for .*");
        robot.clickOn("#why-end-parent");
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#why-outcome").queryAs(Label.class).getText())
                .startsWith(perl.pid() + " perl: ended; "));
        await().atMost(PATIENCE).until(() -> Platform.current().processTable().snapshot().children(perl.pid()).isEmpty());
    }

    @Test
    void aChildKeepsAnInheritedWriteEndFromItsReader(FxRobot robot) throws Exception {
        Launch launch = launch("sh -c 'exec 3>&1 >/dev/null; sleep 600 & wait' | cat");
        ProcessInfo cat = member(launch, "cat", p -> true);
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        awaitCell(robot, "column-waiting-for", cat.pid(), "reading from pipe");

        select(robot, sleep.pid());
        section(robot, "inherited", "inherited 1 descriptor from " + sleep.ppid() + " \\(fd 3\\)");
        section(robot, "pipes", "fd 3 → pipe \\d+ → read by " + cat.pid() + " cat \\(reading\\)");
        section(robot, "pipes", "stderr → pipe \\d+ → read by \\d+ Progeny");
    }

    @Test
    void aReceiverOnASocketpairAndWhoHoldsTheOtherEnd(FxRobot robot) throws Exception {
        assumeTrue(SocketpairScript.available(), "needs " + SocketpairScript.PYTHON);
        Launch launch = launch("exec " + SocketpairScript.PYTHON + " -c '" + SocketpairScript.SOURCE + "'");
        ProcessInfo child = member(launch, "python3", p -> p.ppid() == launch.pid());
        awaitCell(robot, "column-waiting-for", child.pid(), "receiving on socket");
        awaitCell(robot, "column-waiting-for", launch.pid(), "sleeping");

        select(robot, child.pid());
        section(robot, "sockets", "fd \\d+ ↔ socketpair \\d+ ↔ \\d+, other end held by " + launch.pid()
                + " python3 \\(not using it: sleeping in clock_nanosleep\\)");
        section(robot, "related", launch.pid() + " python3 \\(holds the other end of its socket\\): sleeping .*");
    }

    @Test
    void aNestedPidNamespaceShowsBothPidsOnceTheColumnIsOn(FxRobot robot) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "needs unshare");
        Launch launch = launch("exec /usr/bin/unshare -p -f --mount-proc sleep 600");
        assumeTrue(launch.waitFor(Duration.ofSeconds(1)).isEmpty(), "unshare -p is not permitted here");
        ProcessInfo sleep = member(launch, "sleep", p -> true);
        TreeTableView<?> table = robot.lookup("#process-tree").queryAs(TreeTableView.class);
        onFx(() -> {
            table.getColumns().stream().filter(c -> "column-nspid".equals(c.getId())).forEach(c -> c.setVisible(true));
            return null;
        });
        awaitCell(robot, "column-nspid", sleep.pid(), sleep.pid() + " 1");
        awaitCell(robot, "column-waiting-for", launch.pid(), "waiting for child " + sleep.pid());

        select(robot, sleep.pid());
        section(robot, "namespace", "pid " + sleep.pid() + " here, 1 inside its pid namespace .*");
    }

    @Test
    void theNewColumnsSitAfterStateAndOnlyWaitingForIsOn(FxRobot robot) throws Exception {
        TreeTableView<ProcessRow> table = robot.lookup("#process-tree").queryAs(TreeTableView.class);
        List<String> ids = onFx(() -> table.getColumns().stream().map(TreeTableColumn::getId).toList());
        int state = ids.indexOf("column-state");
        assertThat(ids.subList(state + 1, state + 4)).containsExactly("column-waiting-for", "column-nspid", "column-container");
        assertThat(onFx(() -> table.getColumns().stream().filter(TreeTableColumn::isVisible).map(TreeTableColumn::getId).toList()))
                .contains("column-waiting-for").doesNotContain("column-nspid", "column-container");
        Node why = robot.lookup("#why-pane").query();
        assertThat(why).isNotNull();
    }
}
