package dev.progeny.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The Progeny window. */
public final class ProgenyApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ProgenyApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Progeny");
        stage.setScene(new Scene(new BorderPane(new Label("Progeny")), 1280, 800));
        stage.show();
    }
}
