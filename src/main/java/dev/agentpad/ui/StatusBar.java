package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.render.PromptStats;
import java.util.function.Consumer;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The bottom bar: the dialect (with a switcher), problem counts, caret position, prompt statistics, encoding
 * and line endings (switchable for saving), and a notice for things the user should know about the file.
 */
final class StatusBar {

    /** Null in the switcher means "detect from path and keys". */
    private final ComboBox<Dialect> dialect = new ComboBox<>();
    private final Label counts = new Label();
    private final Label caret = new Label();
    private final Label stats = new Label();
    private final Label encoding = new Label();
    private final MenuButton lineEndings = new MenuButton();
    private final Label notice = new Label();
    private final HBox bar;
    private String detected = "";
    private List<Diagnostic> own = List.of();
    private List<Diagnostic> workspace = List.of();

    StatusBar(DialectRegistry registry, Consumer<Dialect> onDialect, Consumer<String> onLineEnding) {
        dialect.setId("dialect-switcher");
        dialect.getItems().add(null);
        dialect.getItems().addAll(registry.all());
        dialect.setConverter(new StringConverter<>() {
            @Override
            public String toString(Dialect d) {
                return d == null ? "Auto: " + detected : d.displayName();
            }

            @Override
            public Dialect fromString(String s) {
                return null;
            }
        });
        dialect.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Dialect d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : dialect.getConverter().toString(d));
            }
        });
        dialect.setTooltip(new Tooltip("The tool this file is written for: detected from its folder and keys, or chosen here"));
        dialect.valueProperty().addListener((obs, old, d) -> onDialect.accept(d));
        counts.setId("problem-counts");
        stats.setId("prompt-stats");
        stats.setTooltip(new Tooltip("Prompt body: characters, words, lines and tokens (o200k_base, an estimate for other models)"));
        for (String[] option : new String[][] {{"LF", "\n"}, {"CRLF", "\r\n"}, {"CR", "\r"}}) {
            MenuItem item = new MenuItem("Save with " + option[0]);
            item.setOnAction(e -> onLineEnding.accept(option[1]));
            lineEndings.getItems().add(item);
        }
        lineEndings.setId("line-endings");
        notice.getStyleClass().add("notice");
        notice.setId("notice");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(dialect, counts, notice, spacer, caret, stats, encoding, lineEndings);
        for (Control fixed : List.of(dialect, counts, caret, stats, encoding, lineEndings)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // a long notice is cut, never the counts, caret or encoding
        }
        notice.setMinWidth(0);
        notice.setTooltip(new Tooltip());
        notice.getTooltip().textProperty().bind(notice.textProperty());
        bar.setId("status-bar");
    }

    HBox node() {
        return bar;
    }

    void show(Analysis analysis) {
        detected = analysis.check().detection().dialect().displayName();
        dialect.setTooltip(new Tooltip("Detected: " + detected + " (" + analysis.check().detection().reason() + ")"));
        if (dialect.getValue() == null) {
            dialect.setValue(null);
            dialect.getButtonCell().setText(dialect.getConverter().toString(null));
        }
        own = analysis.check().diagnostics();
        showCounts();
        PromptStats s = analysis.stats();
        stats.setText(String.format("%,d chars · %,d words · %,d lines · ~%,d tokens", s.characters(), s.words(), s.lines(), s.tokens()));
    }

    /** The problems the file has with the folder's other agents: counted with its own, and said. */
    void showWorkspace(List<Diagnostic> problems) {
        workspace = List.copyOf(problems);
        if (!counts.getText().isEmpty() && !counts.getText().equals("checking…")) {
            showCounts();
        }
    }

    private void showCounts() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long infos = count(Severity.INFO);
        counts.setText(errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + infos + (infos == 1 ? " info" : " infos") + (workspace.isEmpty() ? "" : " (" + workspace.size() + " from the workspace)"));
        counts.getStyleClass().removeAll("count-error", "count-warning");
        if (errors > 0) {
            counts.getStyleClass().add("count-error");
        } else if (warnings > 0) {
            counts.getStyleClass().add("count-warning");
        }
    }

    private long count(Severity severity) {
        return own.stream().filter(d -> d.severity() == severity).count() + workspace.stream().filter(d -> d.severity() == severity).count();
    }

    /** While an analysis is on its way the counts say so; a slow one (a large file) is then not mistaken for "0 errors". */
    void pending(boolean pending) {
        if (pending && counts.getText().isEmpty()) {
            counts.setText("checking…");
        }
        counts.setOpacity(pending ? 0.6 : 1);
    }

    void showCaret(int line, int column) {
        caret.setText("Ln " + line + ", Col " + column);
    }

    void showFile(String encodingLabel, String lineEndingLabel) {
        encoding.setText(encodingLabel);
        lineEndings.setText(lineEndingLabel);
    }

    /** A notice; one too long for the bar is cut with "…" and shown whole in its tooltip. */
    void showNotice(String text) {
        notice.setText(text == null ? "" : text);
        notice.setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
    }

    void chooseDialect(Dialect d) {
        dialect.setValue(d);
    }
}
