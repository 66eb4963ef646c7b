package dev.agentpad.ui;

import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.ui.common.StartupTiming;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX editor; kept apart so the headless commands never load JavaFX. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        StartupTiming.reached("main");
        Thread preload = new Thread(EditorLauncher::preload, "agentpad-preload");
        preload.setDaemon(true);
        preload.start();
        Application.launch(AgentPadApp.class, args);
    }

    /**
     * What the window needs that does not need JavaFX, done while JavaFX starts: on two cores, beside it rather than
     * before it (the dialects alone took 80 ms of the FX thread before the first frame).
     */
    private static void preload() {
        try {
            MemoryTuning.apply();
            DialectRegistry.standard();
        } catch (RuntimeException | LinkageError e) {
            // the window meets the same failure where it needs the dialects, and says so there
            Logger.getLogger(EditorLauncher.class.getName()).log(Level.FINE, "preloading failed", e);
        }
    }
}
