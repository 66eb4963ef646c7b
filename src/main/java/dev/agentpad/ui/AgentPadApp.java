package dev.agentpad.ui;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.DialectOverrides;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.RecoveryJournal;
import dev.agentpad.ui.common.FirstFrame;
import dev.agentpad.ui.common.StartupTiming;
import dev.agentpad.ui.common.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

/** The editor application: opens the file named on the command line, or the sample agent. */
public final class AgentPadApp extends Application {

    static final String FIRST_RUN_TIP = "Tip: File > Open Folder (Ctrl+Shift+O) shows every agent of a repository; "
            + "F1 lists the shortcuts";

    @Override
    public void start(Stage stage) {
        StartupTiming.reached("JavaFX started");
        HostServices host = getHostServices();
        open(stage, getParameters() == null ? List.of() : getParameters().getUnnamed(),
                url -> host.showDocument(url), RecentFiles.forUser());
    }

    /** Fills {@code stage} with an editor on the first file in {@code args}, or on the sample agent. */
    static EditorWindow open(Stage stage, List<String> args, Consumer<String> browser, RecentFiles recent) {
        return open(stage, args, browser, recent, RecoveryJournal.forUser());
    }

    /** The same, with unsaved work kept in {@code journal}; what a crash left there is offered for restoring. */
    static EditorWindow open(Stage stage, List<String> args, Consumer<String> browser, RecentFiles recent, RecoveryJournal journal) {
        Path start = args.isEmpty() ? null : Path.of(args.get(0));
        String overrideProblem = null;
        Checker checker;
        try {
            checker = new Checker(DialectRegistry.withOverrides(DialectOverrides.foldersFor(start)));
        } catch (DialectOverrides.Problem e) {
            checker = Checker.standard();
            overrideProblem = "Dialect override not used: " + e.getMessage();
        }
        Themes.apply(Themes.choiceFrom(recent.theme()));
        EditorWindow window = new EditorWindow(stage, browser, recent, checker, journal);
        if (start != null && Files.isDirectory(start)) {
            window.openFolder(start);
        } else if (start != null) {
            window.openFile(start);
        } else { // the last session: its folder and the files open in it
            recent.lastFolder().ifPresent(window::openFolder);
            recent.lastOpenFiles().forEach(window::openFile);
        }
        if (window.showsOnlyTheSample()) {
            window.openUntitled(Samples.read("code-reviewer.md"), "code-reviewer.md (sample)", null);
        }
        StartupTiming.reached("window built");
        StartupTiming.firstFrame(stage.getScene());
        show(window);
        StartupTiming.reached("window shown");
        if (overrideProblem != null) {
            window.showFileInfo(overrideProblem);
        } else if (window.showsOnlyTheSample() && window.workspace().folder().isEmpty() && recent.firstRun()) {
            window.showFileInfo(FIRST_RUN_TIP);
        }
        RecoveryJournal.Found found = journal.leftBehind();
        if (!found.entries().isEmpty() || !found.unreadable().isEmpty()) {
            FirstFrame.then(stage.getScene(), () -> offerRestore(window, found, journal));
        }
        return window;
    }

    private static EditorWindow show(EditorWindow window) {
        FirstFrame.then(window.stage().getScene(), window::windowShown);
        window.stage().show();
        window.editor().area().requestFocus(); // not the first form control: a stray Space would press it
        return window;
    }

    /** The restore dialog: each restored buffer goes into a tab of {@code first} (the sample's tab first). */
    private static void offerRestore(EditorWindow first, RecoveryJournal.Found found, RecoveryJournal journal) {
        RestoreDialog.show(first.stage(), found.entries(), found.unreadable(), new RestoreDialog.Choices() {
            @Override
            public void restore(RecoveryJournal.Entry entry, boolean compare) {
                first.restore(entry); // in the sample's tab, or a new one
                if (compare) {
                    first.showReview(true, null);
                }
                discard(entry); // the window journals the restored text as its own from now on
            }

            @Override
            public void discard(RecoveryJournal.Entry entry) {
                try {
                    journal.clear(entry.id());
                } catch (IOException e) {
                    first.showFileInfo("Could not remove the recovery entry: " + e.getMessage());
                }
            }
        });
    }
}
