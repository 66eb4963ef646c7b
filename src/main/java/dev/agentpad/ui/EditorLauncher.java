package dev.agentpad.ui;

import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.ui.common.StartupTiming;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX editor; kept apart so the headless commands never load JavaFX. */
public final class EditorLauncher {

    private static final Logger LOG = Logger.getLogger(EditorLauncher.class.getName());

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        StartupTiming.reached("main");
        SoftwareRendering.chooseWhenThereIsNoGpu();
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
        MemoryTuning.apply();
        try {
            DialectRegistry.standard();
        } catch (RuntimeException | LinkageError e) {
            // said here with its cause: where the window then needs the dialects, JDK 17 says only "Could not initialize class"
            LOG.log(Level.WARNING, "the dialects shipped with AgentPad could not be read", e);
        }
    }
}
