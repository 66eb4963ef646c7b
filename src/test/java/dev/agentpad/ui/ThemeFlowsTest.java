package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.io.RecentFiles;
import dev.agentpad.ui.common.Themes;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Theme: the controls, the editor's stylesheet and the preview page all turn dark, and the choice is kept. */
@ExtendWith(ApplicationExtension.class)
class ThemeFlowsTest {

    private Stage stage;
    private RecentFiles recent;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        recent = TestPreferences.recentFiles();
        recent.rememberTheme("light");
        AgentPadApp.open(stage, List.of(), url -> { }, recent, TestPreferences.journal());
    }

    @AfterEach
    void light() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Themes.apply(Themes.Choice.LIGHT)).get(10, TimeUnit.SECONDS); // other tests share the JVM
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private String pageClass(FxRobot robot) throws Exception {
        WebView view = robot.lookup("#preview").queryAs(WebView.class);
        return onFx(() -> String.valueOf(view.getEngine().executeScript("document.documentElement.className")));
    }

    @Test
    void choosingDarkTurnsEverythingDarkAndIsRemembered(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#preview").tryQuery().isPresent()
                && robot.lookup("#preview").queryAs(WebView.class).getEngine().getDocument() != null));
        assertThat(onFx(Application::getUserAgentStylesheet)).contains("primer-light");
        assertThat(pageClass(robot)).isEmpty();

        robot.interact(() -> item(robot, "theme-dark").fire());
        assertThat(onFx(Application::getUserAgentStylesheet)).contains("primer-dark");
        assertThat(onFx(() -> stage.getScene().getStylesheets())).anyMatch(css -> css.endsWith("agentpad-dark.css"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageClass(robot).equals("dark"));
        assertThat(recent.theme()).isEqualTo("dark");

        robot.interact(() -> item(robot, "theme-light").fire());
        assertThat(onFx(() -> stage.getScene().getStylesheets())).noneMatch(css -> css.endsWith("agentpad-dark.css"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageClass(robot).isEmpty());
        assertThat(recent.theme()).isEqualTo("light");
    }
}
