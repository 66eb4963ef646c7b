package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class AgentPadAppTest {

    @Start
    void start(Stage stage) {
        AgentPadApp.open(stage, java.util.List.of());
    }

    @Test
    void opensTheSampleAgentWhenNoFileIsGiven(FxRobot robot) {
        CodeArea editor = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        assertThat(editor.getText()).startsWith("---\nname: code-reviewer\n");
    }
}
