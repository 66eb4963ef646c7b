package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gutter numbers each shown line, padded to the width of the last line's number, and follows edits. */
class LineNumbersTest extends EditorFixture {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void numbersArePaddedToTheLastLinesWidth() {
        assertThat(LineNumbers.label(7, 9)).isEqualTo("7");
        assertThat(LineNumbers.label(7, 120)).isEqualTo("  7");
        assertThat(LineNumbers.label(120, 120)).isEqualTo("120");
        assertThat(LineNumbers.label(1, 0)).isEqualTo("1");
    }

    @Test
    void theShownLinesCarryTheirNumbersAndTheWidthFollowsTheLineCount() throws Exception {
        onFx(() -> {
            editor.load("one\ntwo\nthree\n");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(this::shownNumbers)).containsExactly("1", "2", "3", "4");
        onFx(() -> {
            editor.area().replaceText(0, 0, "a\n".repeat(8)); // 12 lines now: two places
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(this::shownNumbers)).startsWith(" 1", " 2").contains("12");
    }

    private List<String> shownNumbers() {
        return texts(editor.area()).stream().filter(t -> t.getStyleClass().contains("lineno-number")).map(Text::getText).toList();
    }

    private static List<Text> texts(Node node) {
        if (node instanceof Text text) {
            return List.of(text);
        }
        return node instanceof Parent parent
                ? parent.getChildrenUnmodifiable().stream().flatMap(child -> texts(child).stream()).toList()
                : List.of();
    }
}
