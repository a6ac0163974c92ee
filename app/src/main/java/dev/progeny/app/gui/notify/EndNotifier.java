package dev.progeny.app.gui.notify;

import dev.progeny.probes.launch.ExitStatus;
import dev.progeny.probes.launch.Launch;
import java.util.function.Consumer;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * ControlsFX pop-ups: a launch ended (quietly), a launch left processes behind (with a cleanup). FX
 * thread only; every OS.
 */
public final class EndNotifier {
    /** Long enough to read a line, short enough not to pile up during a busy session. */
    private static final Duration ENDED_SHOWN = Duration.seconds(5);
    /** The alarm stays until acted on: it is also kept in the alarm bar. */
    private static final Duration ALARM_SHOWN = Duration.seconds(20);

    private final Window owner;

    public EndNotifier(Window owner) {
        this.owner = owner;
    }

    public void install(LaunchWatcher watcher, Consumer<Launch> cleanup) {
        watcher.setOnEnded(this::ended);
        watcher.setOnOutlived(alarm -> outlived(alarm, cleanup));
    }

    private void ended(LaunchEnded ended) {
        Notifications n = Notifications.create().owner(owner).title("Launch ended").text(ended.message())
                .hideAfter(ENDED_SHOWN);
        if (ended.status() instanceof ExitStatus.Exited(int code) && code == 0) {
            n.showInformation();
        } else {
            n.showWarning();
        }
    }

    private void outlived(OutlivedAlarm alarm, Consumer<Launch> cleanup) {
        Notifications.create().owner(owner).title("Processes outlived their launch").text(alarm.message())
                .hideAfter(ALARM_SHOWN)
                .action(new Action("End them", e -> cleanup.accept(alarm.launch())))
                .showError();
    }
}
