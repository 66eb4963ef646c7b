package dev.agentpad.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene has been laid out for the first time, so it never delays the window's first frame. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
