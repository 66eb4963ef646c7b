package dev.agentpad.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark, with AtlantaFX's Primer themes for the controls and AgentPad's own colours for the editor, the
 * workspace and the preview pages on top. "System" follows the desktop's preference where it can be read (GNOME's
 * color-scheme, a GTK_THEME ending in :dark, macOS's AppleInterfaceStyle, Windows' AppsUseLightTheme).
 */
public final class Themes {

    public enum Choice { SYSTEM, LIGHT, DARK }

    private static final String DARK_CSS = Themes.class.getResource("/dev/agentpad/ui/agentpad-dark.css").toExternalForm();
    private static boolean dark;

    private Themes() {
    }

    /** Applies {@code choice} to the whole application (every window's controls) and says whether it is dark. */
    public static boolean apply(Choice choice) {
        dark = choice == Choice.DARK || (choice == Choice.SYSTEM && systemPrefersDark());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        return dark;
    }

    public static boolean isDark() {
        return dark;
    }

    /** AgentPad's own colours for a window's scene: the dark sheet on top of the light one when dark. */
    public static void style(Scene scene) {
        scene.getStylesheets().remove(DARK_CSS);
        if (dark) {
            scene.getStylesheets().add(DARK_CSS);
        }
    }

    /** A preview or review page in the current theme: its own stylesheet has the dark colours under html.dark. */
    public static String page(String html) {
        return dark ? html.replaceFirst("<html lang=\"en\">", "<html lang=\"en\" class=\"dark\">") : html;
    }

    public static Choice choiceFrom(String saved) {
        try {
            return saved == null ? Choice.SYSTEM : Choice.valueOf(saved.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Choice.SYSTEM;
        }
    }

    static boolean systemPrefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) {
            return gtk.toLowerCase(Locale.ROOT).contains(":dark");
        }
        if (os.startsWith("mac")) {
            return ask("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
        }
        if (os.startsWith("windows")) {
            return ask("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme").contains("0x0");
        }
        return ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
    }

    /** A short command's output, or "" when it is not there or takes more than a second. */
    private static String ask(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
