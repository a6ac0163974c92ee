/*
 * The toolkit's own idle cost, to set beside Progeny's (docs/gui-performance.md): one window with
 * one label, nothing changing. Run it as the bench runs the window, with JavaFX's jars from the
 * build, and read its CPU time from /proc/PID/stat after a warm-up:
 *
 *   JAVA_TOOL_OPTIONS=-Dprism.order=sw xvfb-run -a -s "-screen 0 1280x1024x24" \
 *     "$JAVA_HOME/bin/java" --module-path app/target/lib --add-modules javafx.controls docs/bench/EmptyFx.java
 */
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class EmptyFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("idle"), 1280, 800));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
