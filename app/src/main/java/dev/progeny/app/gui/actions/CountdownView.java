package dev.progeny.app.gui.actions;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The running escalation's grace period: a bar filling up and "SIGKILL in 2.4 s". */
final class CountdownView extends HBox {
    /** Ten updates a second reads as smooth without costing the FX thread anything. */
    private static final Duration TICK = Duration.millis(100);

    private final ProgressBar bar = new ProgressBar(0);
    private final Label label = new Label();
    private final Timeline ticker;

    CountdownView(ActionsViewModel model) {
        super(6);
        setId(ActionsStyles.COUNTDOWN_ID);
        getStyleClass().add(ActionsStyles.COUNTDOWN);
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(90);
        getChildren().addAll(bar, label);
        ticker = new Timeline(new KeyFrame(TICK, e -> update(model)));
        ticker.setCycleCount(Animation.INDEFINITE);
        visibleProperty().bind(model.countdownProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.countdownProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                update(model);
                ticker.play();
            }
        });
    }

    private void update(ActionsViewModel model) {
        Countdown countdown = model.countdownProperty().get();
        if (countdown == null) {
            return;
        }
        var now = model.clock().instant();
        bar.setProgress(countdown.progress(now));
        label.setText(countdown.label(now));
    }
}
