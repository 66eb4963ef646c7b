package dev.agentpad.ui;

import dev.agentpad.document.TextRange;
import dev.agentpad.document.TextSearch;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
final class FindBar {

    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();
    private final VBox bar;
    private final HBox replaceBox;

    FindBar(CodeArea area) {
        this.area = area;
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
        for (var fixed : new javafx.scene.control.Control[] {previous, next, one, all, close, regex, matchCase}) {
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

    VBox node() {
        return bar;
    }

    void show(boolean withReplace) {
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

    private TextSearch.Matches matches() {
        return TextSearch.find(area.getText(), query());
    }

    private void refresh() {
        TextSearch.Matches m = matches();
        status.getStyleClass().remove("find-error");
        if (m.error() != null) {
            status.setText(m.error());
            status.getStyleClass().add("find-error");
        } else if (find.getText().isEmpty()) {
            status.setText("");
        } else if (m.count() == 0) {
            status.setText("No matches");
        } else {
            int current = m.ranges().indexOf(new TextRange(area.getSelection().getStart(), area.getSelection().getEnd()));
            status.setText((current >= 0 ? (current + 1) + " of " : "") + m.count() + (m.count() == 1 ? " match" : " matches"));
        }
    }

    void next() {
        TextSearch.Matches m = matches();
        int i = m.nextFrom(area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1 : area.getCaretPosition());
        select(m, i);
    }

    void previous() {
        TextSearch.Matches m = matches();
        select(m, m.previousFrom(area.getSelection().getStart()));
    }

    private void select(TextSearch.Matches m, int i) {
        if (i >= 0) {
            TextRange r = m.ranges().get(i);
            area.selectRange(r.start(), r.end());
            area.requestFollowCaret();
        }
        refresh();
    }

    private void replaceOne() {
        TextSearch.Matches m = matches();
        TextRange selected = new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
        if (m.ranges().contains(selected)) {
            String with = TextSearch.replacement(area.getText(), selected, query(), replace.getText());
            area.replaceText(selected.start(), selected.end(), with);
        }
        next();
    }

    private void replaceAll() {
        var edit = TextSearch.replaceAll(area.getText(), query(), replace.getText());
        if (!edit.range().isEmpty()) {
            area.replaceText(edit.range().start(), edit.range().end(), edit.replacement());
        }
        refresh();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
