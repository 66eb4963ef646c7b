package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** The editor remembers its text between changes; what it gives is always what the area holds. */
class PromptEditorTextTest extends EditorFixture {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theTextFollowsEveryKindOfChangeAndListenersReadTheNewText(FxRobot robot) throws Exception {
        List<String> heardByListeners = new ArrayList<>();
        List<String> heldByArea = new ArrayList<>();
        onFx(() -> editor.textChanges().subscribe(change -> {
            heardByListeners.add(editor.text());
            heldByArea.add(editor.area().getText());
        }));
        CodeArea area = editor.area();
        List<String> steps = onFx(() -> {
            List<String> seen = new ArrayList<>();
            editor.load("---\nname: a\n---\nBody line.\n");
            seen.add(editor.text());
            area.replaceText(4, 11, "name: b"); // an edit
            seen.add(editor.text());
            area.setStyleClass(0, 3, "yaml-punctuation"); // styling only: no change of text
            seen.add(editor.text());
            area.undo();
            seen.add(editor.text());
            editor.load("one\r\ntwo\rthree\n"); // the area keeps \n only
            seen.add(editor.text());
            area.appendText("four");
            seen.add(editor.text());
            return seen;
        });
        robot.clickOn(area).type(KeyCode.X);
        String typed = onFx(editor::text);

        assertThat(steps).containsExactly("---\nname: a\n---\nBody line.\n", "---\nname: b\n---\nBody line.\n",
                "---\nname: b\n---\nBody line.\n", "---\nname: a\n---\nBody line.\n", "one\ntwo\nthree\n", "one\ntwo\nthree\nfour");
        assertThat(typed).isEqualTo(onFx(area::getText)).contains("x");
        assertThat(heardByListeners).as("what listeners read while the change is told").isEqualTo(heldByArea).hasSizeGreaterThan(5);
    }
}
