package dev.progeny.app.gui.leftovers;

import static dev.progeny.app.gui.testing.FxQueries.onFx;
import static dev.progeny.app.gui.testing.FxQueries.pidCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.progeny.app.gui.MainWindowBuilder;
import dev.progeny.app.gui.WatchFeature;
import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.app.leftovers.LaunchJournal;
import dev.progeny.app.leftovers.WatchedLeftover;
import dev.progeny.probes.Platform;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.LaunchSpec;
import dev.progeny.probes.testing.LaunchCleanup;
import dev.progeny.probes.testing.TaggedProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A {@code progeny run} JVM is killed mid-run; the window opened afterwards offers its family:
 * End ends it, Watch shows it as a launch in the tree. Headless (Monocle). The window offers only
 * this test's leftover: the machine may hold others, which a test must never touch.
 */
class LeftoversWindowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final long mark = LaunchCleanup.mark();
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path state;
    private String previousJournal;
    private Process progeny;
    private String tag;
    private AppState app;

    @BeforeEach
    void leaveAFamilyBehind() throws Exception {
        previousJournal = System.getProperty(LaunchJournal.DIR_PROPERTY);
        System.setProperty(LaunchJournal.DIR_PROPERTY, state.resolve("progeny/launches").toString());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.progeny.app.Main", "run", "--", "sh", "-c", "sleep 300 & echo ready; exec sleep 301")
                .redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", state.toString());
        progeny = pb.start();
        tag = progeny.pid() + "-";
        BufferedReader lines = new BufferedReader(new InputStreamReader(progeny.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.contains("ready")) {
            // Whatever the run prints before the command is up.
        }
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).size() == 2);
        progeny.destroyForcibly();
        assertThat(progeny.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // A loaded 2-core machine starts JavaFX slowly; TestFX's own bound is 10 s.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(PATIENCE.toMillis());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> openWindow(stage));
    }

    private void openWindow(Stage stage) {
        app = new AppState(Platform.current(), new BackgroundTaskExecutor());
        String mine = tag;
        MainWindowBuilder.build(stage, app, List.of(new WatchFeature(),
                new LaunchingFeature(Map.of(LaunchSpec.LAUNCH_TAG, mine), left -> left.entry().id().startsWith(mine))));
        stage.show();
    }

    @AfterEach
    void endEverything() throws Exception {
        if (previousJournal == null) {
            System.clearProperty(LaunchJournal.DIR_PROPERTY);
        } else {
            System.setProperty(LaunchJournal.DIR_PROPERTY, previousJournal);
        }
        LaunchCleanup.endAll(tag, Platform.current().launcher().rootPids(), mark);
        FxToolkit.hideStage();
        if (app != null) {
            app.executor().shutdown();
        }
        assertThat(TaggedProcesses.alive(tag)).isEmpty();
    }

    @Test
    void endThemEndsTheEarlierProgenysFamilyAndRemovesItsCgroup() throws Exception {
        awaitOffer();
        List<Path> cgroups = cgroupsOf(tag);
        robot.clickOn("#leftovers-end");
        await().atMost(PATIENCE).until(() -> TaggedProcesses.alive(tag).isEmpty());
        await().atMost(PATIENCE).until(() -> !onFx(() -> robot.lookup("#" + LeftoversBar.ID).query().isVisible()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cgroups).as("the earlier Progeny's cgroups, removed once empty")
                .noneMatch(Files::exists));
    }

    /** The launch cgroups the earlier Progeny made (named after its pid, which {@code tag} starts with). */
    private static List<Path> cgroupsOf(String tag) throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("/sys/fs/cgroup"), 4)) {
            return dirs.filter(d -> d.getFileName() != null && d.getFileName().toString().startsWith("progeny-" + tag)
                    && Files.isDirectory(d)).toList();
        }
    }

    @Test
    void watchThemShowsTheFamilyAsALaunchInTheTree() throws Exception {
        awaitOffer();
        robot.clickOn("#leftovers-watch");
        await().atMost(PATIENCE).until(() -> onFx(() -> app.launches().stream().anyMatch(l -> l instanceof WatchedLeftover)));
        Launch watched = onFx(() -> app.launches().getFirst());
        assertThat(watched.id()).isEqualTo(tag + "1");
        for (int pid : TaggedProcesses.alive(tag)) {
            await().atMost(PATIENCE).until(() -> !pidCells(robot, pid).isEmpty());
        }
        assertThat(robot.lookup("sleep 300 & echo ready; exec sleep 301").tryQuery()).isPresent();
        assertThat(onFx(() -> robot.lookup("#" + LeftoversBar.ID).query().isVisible())).isFalse();
    }

    private void awaitOffer() {
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#" + LeftoversBar.ID).query().isVisible()));
        String text = robot.lookup("#" + LeftoversBar.ID + " .label").queryAs(Labeled.class).getText();
        assertThat(text).contains("1 launch left by an earlier Progeny", "2 processes", "sleep 300 & echo ready");
    }
}
