package dev.agentpad.ui.preview;

import dev.agentpad.render.Preview;
import dev.agentpad.ui.common.Themes;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * Shows the preview page. The page forbids scripts and fetches (its Content-Security-Policy) and the prompt's raw
 * HTML is escaped; a clicked link is handed to the system browser and never followed here. The first page is loaded
 * whole; after that only what changed is replaced in the page's DOM: the card when it differs, and the prompt's blocks
 * between the first and the last that differ (found by comparing the rendered blocks here, so the page receives only
 * the changed ones). The scroll position and any selection in unchanged parts stay. The WebView itself is made once
 * the window is up, so it never delays the first frame.
 */
public final class PreviewPane {

    private final StackPane node = new StackPane(new Label("Checking…"));
    private final Consumer<String> openExternally;
    private WebView view;
    private Preview latest;
    private Preview shown;
    private String latestHtml;
    private boolean reloading;
    private boolean windowShown;
    private Runnable onLoaded = () -> { };

    public PreviewPane(Consumer<String> openExternally) {
        this.openExternally = openExternally;
        node.setId("preview-pane");
    }

    /** Called once the window has shown its first frame: makes the WebView and shows the latest page. */
    public void windowShown() {
        windowShown = true;
        if (latest != null && shown == null) {
            load(latest);
        } else {
            view();
        }
    }

    private WebView view() {
        if (view != null) {
            return view;
        }
        view = new WebView();
        view.setId("preview");
        view.setContextMenuEnabled(false);
        WebEngine engine = view.getEngine();
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                onLoaded.run();
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:") && !reloading && latest != null) {
                if (location.matches("(?i)(https?|mailto):.*")) {
                    openExternally.accept(location); // nothing else leaves the preview: not file:, data: or javascript:
                }
                reloading = true;
                load(latest);
                reloading = false;
            }
        });
        node.getChildren().setAll(view);
        return view;
    }

    /** Called each time the preview is up to date on screen (a page loaded, or changed in place). */
    public void setOnLoaded(Runnable action) {
        onLoaded = action;
    }

    public StackPane node() {
        return node;
    }

    public void show(Preview preview) {
        if (preview.equals(latest)) {
            return;
        }
        latest = preview;
        latestHtml = null;
        if (!windowShown) {
            return; // shown by windowShown()
        }
        WebEngine engine = view().getEngine();
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED;
        if (loaded && shown != null && shown.head().equals(preview.head()) && shown.problems().equals(preview.problems())
                && Boolean.TRUE.equals(engine.executeScript(patch(shown, preview)))) {
            shown = preview;
            onLoaded.run();
            return;
        }
        load(preview);
    }

    private void load(Preview preview) {
        shown = preview;
        view().getEngine().loadContent(Themes.page(preview.html()));
    }

    public void themeChanged() {
        if (shown != null) {
            load(shown);
        }
    }

    /** The page last given to the preview: what tests and automation read. */
    public String html() {
        if (latestHtml == null) {
            latestHtml = latest == null ? "" : latest.html();
        }
        return latestHtml;
    }

    /**
     * A script that turns the page showing {@code old} into {@code now}: the card if it changed, and the run of prompt
     * blocks between the common start and the common end. It answers false when the page is not shaped as expected
     * (then the whole page is loaded instead).
     */
    static String patch(Preview old, Preview now) {
        List<String> a = old.blocks();
        List<String> b = now.blocks();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int end = 0;
        while (end < a.size() - start && end < b.size() - start
                && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
            end++;
        }
        StringBuilder blocks = new StringBuilder("[");
        for (int i = start; i < b.size() - end; i++) {
            blocks.append(i > start ? "," : "").append(jsString(b.get(i)));
        }
        blocks.append(']');
        String card = old.card().equals(now.card()) ? "null" : jsString(now.card());
        return PATCH + "(" + card + "," + start + "," + (a.size() - start - end) + "," + blocks + "," + a.size() + ")";
    }

    private static final String PATCH = """
            (function (card, start, removed, blocks, expected) {
              var article = document.querySelector('article.prompt');
              var oldCard = document.getElementById('agent-card');
              if (!article || !oldCard || article.children.length !== expected) return false;
              function element(html) { var t = document.createElement('div'); t.innerHTML = html; return t.firstElementChild; }
              if (card !== null) oldCard.parentNode.replaceChild(element(card), oldCard);
              var before = article.children[start + removed] || null;
              for (var i = 0; i < removed; i++) article.removeChild(article.children[start]);
              for (var j = 0; j < blocks.length; j++) {
                var block = element(blocks[j]);
                if (block) { article.insertBefore(block, before); article.insertBefore(document.createTextNode('\\n'), before); }
              }
              return article.children.length === expected - removed + blocks.length;
            })""";

    /** {@code s} as a JavaScript string literal. */
    static String jsString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
