package dev.progeny.app.gui;

import dev.progeny.app.gui.common.AppState;
import dev.progeny.app.gui.common.BackgroundTaskExecutor;
import dev.progeny.app.gui.diagnose.DiagnoseFeature;
import dev.progeny.app.gui.lifecycle.LaunchingFeature;
import dev.progeny.app.gui.limits.LimitsFeature;
import dev.progeny.app.gui.timeline.TimelineFeature;
import dev.progeny.probes.Platform;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;

/** The Progeny window: state, the features, and the stage. Every OS with JavaFX; JavaFX calls it on the FX thread. */
public final class ProgenyApp extends Application {
    private AppState state;

    public static void launchWindow(String[] args) {
        ToolkitEnvironment.prepare();
        Application.launch(ProgenyApp.class, args);
    }

    /** The features of the window, in the order they fill its slots. */
    public static List<WindowFeature> features() {
        WatchFeature watch = new WatchFeature();
        return List.of(watch, new DiagnoseFeature(), new LaunchingFeature(Map.of()), new LimitsFeature(),
                new TimelineFeature(watch));
    }

    @Override
    public void start(Stage stage) {
        state = new AppState(Platform.current(), new BackgroundTaskExecutor());
        MainWindowBuilder.build(stage, state, features());
        stage.show();
    }

    @Override
    public void stop() {
        state.executor().shutdown();
    }
}
