package dev.progeny.app.gui.theme;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static dev.progeny.app.gui.testing.Procs.proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindow;
import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.common.Notice;
import dev.progeny.app.gui.launch.LaunchBarStyles;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.app.gui.output.OutputStyles;
import dev.progeny.app.gui.processtree.ProcessTreeStyles;
import dev.progeny.app.gui.processtree.RowId;
import dev.progeny.app.gui.testing.FixedPlatform;
import dev.progeny.app.gui.testing.Procs;
import dev.progeny.app.gui.testing.ShellLaunch;
import dev.progeny.probes.ProcessInfo;
import dev.progeny.probes.ProcessState;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the real window in the light and the dark appearance, with rows of every kind, a
 * message of every kind and output on both streams, and computes the WCAG contrast of every
 * visible text against the background it is drawn on (AA asks 4.5:1), and of the edges and states
 * of its controls against what they touch (SC 1.4.11 asks 3:1).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final double AA = 4.5;
    /** WCAG 2.1 SC 1.4.11: what identifies a control or its state against what is next to it. */
    private static final double NON_TEXT = 3.0;
    private static final int EDGE_PAIRS = 19;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tag = TaggedProcesses.newTestTag("contrast");
    private final long mark = LaunchCleanup.mark();
    private final FixedPlatform platform = new FixedPlatform();
    private final ProcessInfo init = proc(1, 0, 1, 1, "init");
    private final ProcessInfo shell = proc(10, 1, 10, 10, "bash");
    private final ProcessInfo zombie = proc(12, 10, 10, 10, "defunct", ProcessState.ZOMBIE, 0);
    private final ProcessInfo stopped = proc(13, 10, 13, 10, "paused", ProcessState.STOPPED, 0);
    private final ProcessInfo busy = proc(14, 10, 14, 10, "make", ProcessState.RUNNING, 0);
    private AppState state;
    private MainWindow window;
    private WatchFeature watch;
    private Launch launch;

    @Start
    void start(Stage stage) throws Exception {
        platform.setSnapshot(Procs.snapshot(System.currentTimeMillis(), init, shell, zombie, stopped, busy));
        state = new AppState(platform, new BackgroundTaskExecutor());
        watch = new WatchFeature();
        window = MainWindowBuilder.build(stage, state, List.of(watch, new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, tag))));
        launch = ShellLaunch.start(tag, "echo to stdout; echo to stderr >&2");
        state.launches().add(launch);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void end() throws Exception {
        LaunchCleanup.endAll(tag, Set.of(launch.pid()), mark);
        FxToolkit.hideStage();
        state.executor().shutdown();
        launch.close();
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void everyTextReadsAtAaContrastInTheLightAppearance(FxRobot robot) throws Exception {
        check(readAll(robot));
    }

    /** The readings cover what matters (rows, badges, messages, output, switches) and none is below AA. */
    private static void check(List<Contrast.Reading> readings) {
        assertThat(readings).extracting(Contrast.Reading::text).contains("Z zombie", "T stopped", "to stderr", "to stdout",
                "\u2716 error", "\u26A0 warning", "\u2714 done", "\u2139 info", "Whole system", "Launches", "defunct");
        assertThat(readings.stream().filter(r -> r.ratio() < AA).map(Contrast.Reading::toString).distinct())
                .as("texts below %s:1", AA).isEmpty();
    }

    @Test
    void everyTextReadsAtAaContrastInTheDarkAppearance(FxRobot robot) throws Exception {
        dark();
        check(readAll(robot));
    }

    @Test
    void controlEdgesAndStatesReachThreeToOneInTheLightAppearance(FxRobot robot) throws Exception {
        checkEdges(edges(robot));
    }

    @Test
    void controlEdgesAndStatesReachThreeToOneInTheDarkAppearance(FxRobot robot) throws Exception {
        dark();
        checkEdges(edges(robot));
    }

    private void dark() throws Exception {
        onFx(() -> {
            Menu appearance = (Menu) window.viewMenu().getItems().stream().filter(i -> i.getText() != null && i.getText().contains("Appearance"))
                    .findFirst().orElseThrow();
            appearance.getItems().stream().filter(i -> i.getText().equals("Dark")).findFirst().ifPresent(MenuItem::fire);
            return null;
        });
        assertThat(onFx(() -> window.scene().getRoot().getStyleClass().contains("dark"))).isTrue();
    }

    private static void checkEdges(List<Edges.Pair> pairs) {
        assertThat(pairs).hasSize(EDGE_PAIRS);
        assertThat(pairs.stream().filter(p -> p.ratio() < NON_TEXT).map(Edges.Pair::toString))
                .as("edges and states below %s:1 (all: %s)", NON_TEXT, pairs).isEmpty();
    }

    /** The texts of each state worth seeing: launches, the whole system with a selection, the output. */
    private List<Contrast.Reading> readAll(FxRobot robot) throws Exception {
        List<Contrast.Reading> low = new ArrayList<>();
        RowId header = RowId.launch(launch.id());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(header)));
        select(header);
        low.addAll(below(robot));

        onFx(() -> {
            watch.tree().systemViewProperty().set(true);
            return null;
        });
        RowId z = RowId.process(RowId.SYSTEM, zombie.key());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(z)));
        select(z);
        robot.clickOn("#process-tree");
        select(z);
        low.addAll(below(robot));

        onFx(() -> {
            window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
                    .filter(t -> t.getText().equals("Output")).findFirst().orElseThrow());
            return null;
        });
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".output-line.stderr").tryQuery().isPresent()));
        // The messages, two at a time so each is in view.
        for (List<Notice.Severity> two : List.of(List.of(Notice.Severity.ERROR, Notice.Severity.WARNING),
                List.of(Notice.Severity.DONE, Notice.Severity.INFO))) {
            onFx(() -> {
                state.notices().all().clear();
                for (Notice.Severity s : two) {
                    state.notices().post(Notice.of(s, "A message of kind " + s.word()).withDetails(List.of("a detail"))
                            .withActions(s == Notice.Severity.WARNING ? List.of(new Notice.Action("End them", () -> { }))
                                    : List.of()));
                }
                return null;
            });
            low.addAll(below(robot));
        }
        return low;
    }

    /**
     * The pairs SC 1.4.11 asks 3:1 of, from the rendered controls: the edges of the fields one
     * types in and of the check box, the check mark, the drop-down arrows, a lit switch against its
     * unlit neighbour and the bar, the focus rings, the selected row and the scroll bar thumb. Not
     * measured, because the SC does not ask it: the edges of buttons, menu buttons and non-editable
     * combo and choice boxes, which their text identifies (their arrow says a list opens); the
     * window has no radio buttons.
     */
    private List<Edges.Pair> edges(FxRobot robot) throws Exception {
        onFx(() -> {
            watch.tree().systemViewProperty().set(true);
            window.bottomTabs().getSelectionModel().select(window.bottomTabs().getTabs().stream()
                    .filter(t -> t.getText().equals("Output")).findFirst().orElseThrow());
            return null;
        });
        RowId z = RowId.process(RowId.SYSTEM, zombie.key());
        await().atMost(PATIENCE).until(() -> onFx(() -> watch.tree().model().contains(z)));
        select(z);
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".output-line.stderr").tryQuery().isPresent()));
        List<Edges.Pair> pairs = new ArrayList<>(onFx(() -> {
            List<Edges.Pair> p = new ArrayList<>();
            for (String id : List.of("filter-field", OutputStyles.SEARCH_ID, LaunchBarStyles.DIRECTORY_ID, LaunchBarStyles.COMMAND_ID)) {
                p.add(Edges.boundary("field #" + id, region(robot, "#" + id)));
            }
            Region box = region(robot, ".output-pane .check-box > .box");
            p.add(Edges.boundary("check box Follow", box));
            p.add(Edges.pair("check mark on its box", Edges.body(region(robot, ".output-pane .check-box .mark")), Edges.body(box)));
            for (String id : List.of(LaunchBarStyles.MODE_ID, "interval-choice")) {
                p.add(Edges.pair("drop-down arrow of #" + id, Edges.body(region(robot, "#" + id + " .arrow")),
                        Edges.body(region(robot, "#" + id))));
            }
            for (List<String> lit : List.of(List.of("system-switch", "launches-switch"), List.of("tree-switch", "flat-switch"))) {
                Region on = region(robot, "#" + lit.get(0));
                p.add(Edges.pair("lit #" + lit.get(0) + " against unlit #" + lit.get(1), Edges.body(on),
                        Edges.body(region(robot, "#" + lit.get(1)))));
                p.add(Edges.pair("lit #" + lit.get(0) + " against its bar", Edges.body(on), Edges.behind(on)));
            }
            // The tree's columns are wider than the window: its horizontal scroll bar shows.
            p.add(Edges.boundary("scroll bar thumb on its track", region(robot, "#process-tree .scroll-bar:horizontal .thumb")));
            return p;
        }));
        for (String id : List.of("filter-field", OutputStyles.SAVE_ID, "process-tree")) {
            focus(robot, id);
            pairs.add(onFx(() -> {
                Region r = region(robot, "#" + id);
                return Edges.pair("focus ring of #" + id, Edges.ring(r), Edges.behind(r));
            }));
        }
        // Focused, the selected row is a fill; unfocused, a bar at its left edge (the pale fill is a hint).
        pairs.add(onFx(() -> Edges.pair("selected row (focused) against the rows", Edges.body(selectedRow(robot)), plainRows(robot))));
        focus(robot, "filter-field");
        pairs.addAll(onFx(() -> {
            Region row = selectedRow(robot);
            return List.of(Edges.pair("selection bar (unfocused) against the rows", Edges.leftBorder(row), plainRows(robot)),
                    Edges.pair("selection bar (unfocused) against its row", Edges.leftBorder(row), Edges.body(row)));
        }));
        return pairs;
    }

    private static Region region(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).queryAs(Region.class);
    }

    private void focus(FxRobot robot, String id) throws Exception {
        onFx(() -> {
            robot.lookup("#" + id).query().requestFocus();
            return null;
        });
        Thread.sleep(300);
        assertThat(onFx(() -> robot.lookup("#" + id).query().isFocused())).as("#%s focused", id).isTrue();
    }

    private static Region selectedRow(FxRobot robot) {
        return robot.lookup(".tree-table-row-cell").match(n -> ((TreeTableRow<?>) n).isSelected()).queryAs(Region.class);
    }

    /** The bodies of the rows without a tint: the table's own two alternating colours. */
    private static List<Color> plainRows(FxRobot robot) {
        Set<PseudoClass> tints = Set.of(ProcessTreeStyles.LAUNCH, ProcessTreeStyles.FRESH, ProcessTreeStyles.EXITED,
                ProcessTreeStyles.ZOMBIE, ProcessTreeStyles.STOPPED, ProcessTreeStyles.ORPHAN, ProcessTreeStyles.ESCAPEE);
        List<Color> colours = robot.lookup(".tree-table-row-cell").match(Node::isVisible)
                .match(n -> !((TreeTableRow<?>) n).isSelected() && !((TreeTableRow<?>) n).isEmpty()
                        && Collections.disjoint(n.getPseudoClassStates(), tints))
                .queryAllAs(Region.class).stream().flatMap(r -> Edges.body(r).stream()).distinct().toList();
        assertThat(colours).as("plain rows").isNotEmpty();
        return colours;
    }

    private void select(RowId row) throws Exception {
        onFx(() -> {
            watch.tree().selectedRowProperty().set(row);
            return null;
        });
    }

    private List<Contrast.Reading> below(FxRobot robot) throws Exception {
        Thread.sleep(300);
        return onFx(() -> Contrast.readings(window.scene().getRoot()));
    }
}
