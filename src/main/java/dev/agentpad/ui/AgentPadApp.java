package dev.agentpad.ui;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.DialectOverrides;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.io.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

/** The editor application: opens the file named on the command line, or the sample agent. */
public final class AgentPadApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupTiming.reached("JavaFX started");
        HostServices host = getHostServices();
        open(stage, getParameters() == null ? List.of() : getParameters().getUnnamed(),
                url -> host.showDocument(url), RecentFiles.forUser());
    }

    /** Fills {@code stage} with an editor on the first file in {@code args}, or on the sample agent. */
    static EditorWindow open(Stage stage, List<String> args, Consumer<String> browser, RecentFiles recent) {
        Path start = args.isEmpty() ? null : Path.of(args.get(0));
        String overrideProblem = null;
        Checker checker;
        try {
            checker = new Checker(DialectRegistry.withOverrides(DialectOverrides.foldersFor(start)));
        } catch (DialectOverrides.Problem e) {
            checker = Checker.standard();
            overrideProblem = "Dialect override not used: " + e.getMessage();
        }
        EditorWindow window = new EditorWindow(stage, browser, recent, checker);
        if (args.isEmpty() || !window.openFile(Path.of(args.get(0)))) {
            window.showUntitled(Samples.read("code-reviewer.md"), "code-reviewer.md (sample)", null);
        }
        StartupTiming.reached("window built");
        StartupTiming.firstFrame(stage.getScene());
        FirstFrame.then(stage.getScene(), window.preview()::windowShown);
        stage.show();
        StartupTiming.reached("window shown");
        window.editor().area().requestFocus(); // not the first form control: a stray Space would press it
        if (overrideProblem != null) {
            window.showFileInfo(overrideProblem);
        }
        return window;
    }
}
