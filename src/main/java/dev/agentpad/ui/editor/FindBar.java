package dev.agentpad.ui.editor;

import dev.agentpad.document.TextRange;
import dev.agentpad.document.TextSearch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * Find and replace above the editor: match count, regular expressions and case matching; Enter finds the next. The
 * replace row sits under the find row, so at any window width every button shows its label.
 */
public final class FindBar {

    private final CodeArea area;
    private final PromptEditor editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();
    private final VBox bar;
    private final HBox replaceBox;
    /** Counts edits, so a search result for an older text is recognised and dropped. */
    private long textVersion;
    private TextSearch.Matches cached;
    private TextSearch.Query cachedQuery;
    private long cachedVersion = -1;
    private boolean searching;
    /** What the last Replace All did, shown with the next count. */
    private String replaced = "";

    /** One background thread for every find bar: a search waits for the one before it. */
    private static final ExecutorService SEARCHES = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "agentpad-find");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Searches {@code editor}'s text as the editor remembers it (the area would read a long text out of its paragraphs
     * again at every search); Replace reads the area itself.
     */
    public FindBar(PromptEditor editor) {
        this.area = editor.area();
        this.editor = editor;
        find.setId("find-field");
        find.setPromptText("Find");
        find.setPrefColumnCount(22);
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        replace.setPrefColumnCount(18);
        status.setId("find-status");
        Button previous = button("◀", "Previous match (Shift+Enter)", this::previous);
        Button next = button("▶", "Next match (Enter)", this::next);
        Button one = button("Replace", "Replace this match", this::replaceOne);
        Button all = button("Replace All", "Replace every match", this::replaceAll);
        all.setId("replace-all");
        Button close = button("✕", "Close (Esc)", this::hide);
        for (var fixed : new Control[] {previous, next, one, all, close, regex, matchCase}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // the text boxes give way, never the buttons' labels
        }
        status.setMinWidth(Region.USE_PREF_SIZE);
        find.setMinWidth(80);
        replace.setMinWidth(80);
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        Region spacer = new Region();
        HBox findRow = new HBox(6, find, previous, next, regex, matchCase, status, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceBox = new HBox(6, replace, one, all);
        replaceBox.setAlignment(Pos.CENTER_LEFT);
        bar = new VBox(4, findRow, replaceBox);
        bar.setId("find-bar");
        editor.textChanges().subscribe(change -> {
            textVersion++;
            if (bar.isVisible() && !find.getText().isEmpty()) {
                refresh();
            }
        });
        find.textProperty().addListener((o, a, b) -> refresh());
        regex.selectedProperty().addListener((o, a, b) -> refresh());
        matchCase.selectedProperty().addListener((o, a, b) -> refresh());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        hide();
    }

    public VBox node() {
        return bar;
    }

    public void show(boolean withReplace) {
        bar.setVisible(true);
        bar.setManaged(true);
        replaceBox.setVisible(withReplace);
        replaceBox.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        refresh();
    }

    void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
        area.requestFocus();
    }

    private TextSearch.Query query() {
        return new TextSearch.Query(find.getText(), regex.isSelected(), matchCase.isSelected());
    }

    /**
     * Runs the search off the FX thread and hands the matches to {@code then} on it, unless the text or the query
     * changed meanwhile (a newer search is then under way). Matches for the current text and query are reused.
     */
    private void withMatches(Consumer<TextSearch.Matches> then) {
        TextSearch.Query query = query();
        long version = textVersion;
        if (cached != null && cachedVersion == version && cachedQuery.equals(query)) {
            then.accept(cached);
            return;
        }
        String text = editor.text();
        if (!searching) {
            status.setText("Searching…");
        }
        searching = true;
        SEARCHES.submit(() -> {
            TextSearch.Matches found = TextSearch.find(text, query);
            Platform.runLater(() -> {
                if (version == textVersion && query.equals(query())) {
                    searching = false;
                    cached = found;
                    cachedQuery = query;
                    cachedVersion = version;
                    then.accept(found);
                }
            });
        });
    }

    private void refresh() {
        withMatches(this::showCount);
    }

    private void showCount(TextSearch.Matches m) {
        String done = replaced;
        replaced = "";
        status.getStyleClass().remove("find-error");
        if (m.error() != null) {
            status.setText(m.error());
            status.getStyleClass().add("find-error");
        } else if (find.getText().isEmpty()) {
            status.setText("");
        } else if (m.count() == 0) {
            status.setText(done + "No matches");
        } else {
            int current = m.ranges().indexOf(new TextRange(area.getSelection().getStart(), area.getSelection().getEnd()));
            status.setText(done + (current >= 0 ? (current + 1) + " of " : "") + m.count() + (m.count() == 1 ? " match" : " matches"));
        }
    }

    void next() {
        withMatches(m -> select(m, m.nextFrom(area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1 : area.getCaretPosition())));
    }

    void previous() {
        withMatches(m -> select(m, m.previousFrom(area.getSelection().getStart())));
    }

    private void select(TextSearch.Matches m, int i) {
        if (i >= 0) {
            TextRange r = m.ranges().get(i);
            area.selectRange(r.start(), r.end());
            area.requestFollowCaret();
        }
        showCount(m);
    }

    private void replaceOne() {
        withMatches(m -> {
            TextRange selected = new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
            if (m.ranges().contains(selected)) {
                String with = TextSearch.replacement(area.getText(), selected, query(), replace.getText());
                area.replaceText(selected.start(), selected.end(), with);
            }
            next();
        });
    }

    /** Replace All: one pass off the FX thread, then one edit (one undo step), unless the text changed meanwhile. */
    private void replaceAll() {
        TextSearch.Query query = query();
        String with = replace.getText();
        String text = area.getText();
        long version = textVersion;
        status.setText("Replacing…");
        SEARCHES.submit(() -> {
            TextSearch.Replacement all = TextSearch.replaceAll(text, query, with);
            Platform.runLater(() -> {
                if (version != textVersion) {
                    refresh();
                } else if (all.error() != null) {
                    status.setText(all.error());
                    status.getStyleClass().add("find-error");
                } else {
                    replaced = all.count() == 0 ? "" : "Replaced " + all.count() + " · ";
                    if (all.count() > 0) {
                        area.replaceText(all.edit().range().start(), all.edit().range().end(), all.edit().replacement());
                    } else {
                        refresh();
                    }
                }
            });
        });
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
