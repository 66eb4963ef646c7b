package dev.agentpad.ui.editor;

import dev.agentpad.check.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A prompt editor alone in a 600 x 400 window; the fixes it is asked to apply are kept in {@link #applied}. Each test
 * class calls {@link #show} from a {@code @Start} method of its own (TestFX looks only at the test class's own).
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorFixture {

    protected PromptEditor editor;
    protected final List<Fix> applied = new ArrayList<>();

    void show(Stage stage) {
        editor = new PromptEditor(applied::add);
        stage.setScene(new Scene(editor.node(), 600, 400));
        stage.show();
    }

    /** {@code query}'s answer, read on the FX thread. */
    static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
