package dev.agentpad.ui;

import dev.agentpad.io.FileProblem;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The editor window. Opens the file named on the command line, or the sample agent. */
public final class AgentPadApp extends Application {

    @Override
    public void start(Stage stage) {
        open(stage, getParameters() == null ? List.of() : getParameters().getUnnamed());
    }

    /** Fills {@code stage} with an editor on the first file in {@code args}, or on the sample agent. */
    static void open(Stage stage, List<String> args) {
        CodeArea editor = new CodeArea();
        editor.setId("prompt-editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        Label status = new Label();
        status.setId("status-bar");
        String title = "AgentPad";
        try {
            if (args.isEmpty()) {
                editor.replaceText(Samples.read("code-reviewer.md"));
                title = "code-reviewer.md (sample) - AgentPad";
            } else {
                LoadedText loaded = TextFiles.read(Path.of(args.get(0)));
                editor.replaceText(loaded.text());
                title = loaded.path().getFileName() + " - AgentPad";
                status.setText(loaded.encoding().label());
            }
        } catch (FileProblem e) {
            status.setText(e.getMessage());
        }
        BorderPane root = new BorderPane(new VirtualizedScrollPane<>(editor));
        root.setBottom(status);
        stage.setTitle(title);
        stage.setScene(new Scene(root, 1100, 750));
        stage.show();
    }
}
