package dev.agentpad.ui;

import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * Shows the preview page. The page forbids scripts and fetches (its Content-Security-Policy) and the prompt's raw
 * HTML is escaped; a clicked link is handed to the system browser and never followed here. The scroll position
 * survives updates, so typing does not jump the preview back to the top.
 */
final class PreviewPane {

    private final WebView view = new WebView();
    private final Consumer<String> openExternally;
    private String html = "";
    private double scrollY;
    private boolean reloading;
    private Runnable onLoaded = () -> { };

    PreviewPane(Consumer<String> openExternally) {
        this.openExternally = openExternally;
        view.setId("preview");
        view.setContextMenuEnabled(false);
        WebEngine engine = view.getEngine();
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                if (scrollY > 0) {
                    engine.executeScript("window.scrollTo(0, " + scrollY + ")");
                }
                onLoaded.run();
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:") && !reloading) {
                openExternally.accept(location);
                reloading = true;
                engine.loadContent(html);
                reloading = false;
            }
        });
    }

    /** Called each time a page has finished loading (the preview is then up to date on screen). */
    void setOnLoaded(Runnable action) {
        onLoaded = action;
    }

    WebView node() {
        return view;
    }

    void show(String page) {
        if (page.equals(html)) {
            return;
        }
        WebEngine engine = view.getEngine();
        if (engine.getLoadWorker().getState() == Worker.State.SUCCEEDED) {
            Object y = engine.executeScript("window.scrollY");
            scrollY = y instanceof Number n ? n.doubleValue() : 0;
        }
        html = page;
        engine.loadContent(page);
    }

    /** The page last shown: what tests and automation read. */
    String html() {
        return html;
    }
}
