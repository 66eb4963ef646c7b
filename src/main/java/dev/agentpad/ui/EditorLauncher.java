package dev.agentpad.ui;

import dev.agentpad.ui.common.StartupTiming;
import javafx.application.Application;

/** Starts the JavaFX editor; kept apart so the headless commands never load JavaFX. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        StartupTiming.reached("main");
        MemoryTuning.apply();
        Application.launch(AgentPadApp.class, args);
    }
}
