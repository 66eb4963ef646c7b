package dev.agentpad.ui.editor;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Fix;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineCommands;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.ui.common.Themes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.EventStream;

/**
 * The text editor: a RichTextFX code area with line numbers, the current line marked, highlighting kept current as
 * the user types ({@link LiveStyling}), problems of the latest analysis underlined with a tooltip and their fixes in
 * the context menu (and on Ctrl+.), zoom, soft wrap, comment and indent commands. Styling never becomes an undo step.
 */
public final class PromptEditor {

    public static final double DEFAULT_FONT_SIZE = 13;
    /**
     * A text with a longer line is shown without the current line's mark: RichTextFX's mark of a line wrapped into
     * thousands of rows recurses once per few rows and overflows the FX thread's stack (seen with 95,000 characters).
     */
    static final int LONGEST_MARKED_LINE = 10_000;

    private final CodeArea area = new CodeArea();
    /** The text as of the last change, or null when it must be read from the area again. */
    private String text;
    /**
     * Every change of the text (never of its styling), one stream for every listener. The area reads its whole text out
     * of its paragraphs again after any change, styling included (0.06 to 0.19 s for a 3 MB prompt, twice while opening
     * one); the editor remembers it until the text itself changes. The hook forgets it before any listener of this
     * stream hears of the change, or keeps the new text when the change replaced all of it (a file opened).
     */
    private final EventStream<PlainTextChange> textChanges = area.plainTextChanges().hook(change ->
            text = change.getPosition() == 0 && change.getInserted().length() == area.getLength() ? change.getInserted() : null);
    private final VirtualizedScrollPane<CodeArea> node = new VirtualizedScrollPane<>(area);
    private final Popup tooltip = new Popup();
    private final Consumer<Fix> applyFix;
    private final EditorUndo undo = new EditorUndo(area, textChanges);
    private final LiveStyling styling = new LiveStyling(area, textChanges);
    private List<Diagnostic> diagnostics = List.of();
    private double fontSize = DEFAULT_FONT_SIZE;

    public PromptEditor(Consumer<Fix> applyFix) {
        this.applyFix = applyFix;
        area.setId("prompt-editor");
        area.getStyleClass().add("prompt-editor");
        area.setParagraphGraphicFactory(new LineNumbers(area));
        themeChanged();
        area.setLineHighlighterOn(true);
        area.setStyle("-fx-font-size: " + fontSize + "px;");
        area.setWrapText(true); // prompts are prose: long lines wrap unless the user turns it off
        setUpTooltips();
        setUpContextMenu();
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        letAltLettersReachTheMenus();
    }

    /**
     * RichTextFX takes every letter key pressed without Ctrl or Meta as typing, Alt included, so with the prompt focused
     * Alt+Z typed a "z" instead of toggling soft wrap, and Alt+F typed an "f" instead of opening the File menu. Outside
     * macOS (where Option+letter types characters such as "é"), an Alt+letter or digit is left to the window's
     * shortcuts and mnemonics, and types nothing. AltGr, which Windows reports as Ctrl+Alt, still types.
     */
    private void letAltLettersReachTheMenus() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.ignore(EventPattern.keyPressed().onlyIf(e -> isAltCommand(e) && (e.getCode().isLetterKey() || e.getCode().isDigitKey()))),
                InputMap.ignore(EventPattern.keyTyped().onlyIf(e -> isAltCommand(e) && !e.getCharacter().isEmpty()
                        && Character.isLetterOrDigit(e.getCharacter().charAt(0))))));
    }

    private static boolean isAltCommand(KeyEvent e) {
        return e.isAltDown() && !e.isControlDown() && !e.isMetaDown();
    }

    public CodeArea area() {
        return area;
    }

    public VirtualizedScrollPane<CodeArea> node() {
        return node;
    }

    /**
     * The whole text; read out of the area only when it changed since the last time (or when its length says so: a
     * listener of the area's own that failed could keep the hook from hearing of a change).
     */
    public String text() {
        if (text == null || text.length() != area.getLength()) {
            text = area.getText();
        }
        return text;
    }

    /** The text read out of the area itself, never remembered: what Save writes. */
    public String textAsShown() {
        text = area.getText();
        return text;
    }

    /** Each change of the text, in order; styling changes are not among them. */
    public EventStream<PlainTextChange> textChanges() {
        return textChanges;
    }

    /** Replaces the whole text (opening a file); the undo history starts afresh. */
    public void load(String text) {
        load(PreparedText.of(text));
    }

    /** The same with a text {@link PreparedText made ready} on another thread: what is left to do here is a fraction. */
    public void load(PreparedText prepared) {
        area.setLineHighlighterOn(prepared.markCurrentLine());
        styling.whileReloading(() -> area.replace(0, area.getLength(), prepared.paragraphs()));
        styling.reloaded();
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** The current line's mark follows the theme (the rest of the colours come from the stylesheets). */
    public void themeChanged() {
        area.setLineHighlighterFill(Color.web(Themes.isDark() ? "#161b22" : "#f3f6fa"));
    }

    /** One edit as one undoable change. */
    public void apply(TextEdit edit) {
        area.replaceText(edit.range().start(), edit.range().end(), edit.replacement());
    }

    /** An edit from a form field: every edit of one {@code session} is one undo step. */
    public void apply(TextEdit edit, Object session) {
        undo.inSession(session, () -> apply(edit));
    }

    /** Draws the latest analysis's problems, computed for {@code text}; false when the editor's text has moved on since. */
    public boolean showProblems(String text, List<Diagnostic> problems) {
        if (!text.equals(text())) {
            return false;
        }
        styling.showProblems(text, problems);
        this.diagnostics = problems;
        return true;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public void select(TextRange range) {
        area.selectRange(range.start(), range.end());
        area.requestFollowCaret();
        area.requestFocus();
    }

    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    public void zoom(double factor) {
        fontSize = factor == 0 ? DEFAULT_FONT_SIZE : Math.max(7, Math.min(40, fontSize * factor));
        area.setStyle("-fx-font-size: " + Math.round(fontSize) + "px;");
    }

    public double fontSize() {
        return fontSize;
    }

    public void setWrap(boolean wrap) {
        area.setWrapText(wrap);
    }

    /** Problems whose range holds {@code offset} (an empty range counts at its position). */
    List<Diagnostic> diagnosticsAt(int offset) {
        return diagnostics.stream().filter(d -> d.range().contains(offset)
                || (d.range().isEmpty() && d.range().start() == offset)
                || d.range().end() == offset && offset > d.range().start()).toList();
    }

    public Optional<Fix> fixAtCaret() {
        return diagnosticsAt(area.getCaretPosition()).stream().flatMap(d -> d.fixIfAny().stream()).findFirst();
    }

    public void toggleComment() {
        apply(LineCommands.toggleComment(AgentDocument.parse(area.getText()), area.getSelection().getStart(), area.getSelection().getEnd()));
    }

    private void keys(KeyEvent e) {
        boolean multiLine = area.getSelectedText().contains("\n");
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            if (e.isShiftDown()) {
                apply(LineCommands.outdent(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd()));
            } else if (multiLine) {
                apply(LineCommands.indent(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd()));
            } else {
                area.replaceSelection("  ");
            }
            e.consume();
        }
    }

    private void setUpTooltips() {
        tooltip.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<Diagnostic> here = diagnosticsAt(e.getCharacterIndex());
            if (here.isEmpty()) {
                return;
            }
            VBox box = new VBox(4);
            box.getStyleClass().add("problem-tooltip");
            box.setMaxWidth(520);
            for (Diagnostic d : here) {
                Label message = new Label(d.severity().label() + " " + d.code().id() + ": " + d.message());
                message.setMaxWidth(500);
                box.getChildren().add(message);
                d.fixIfAny().ifPresent(f -> {
                    Label hint = new Label("Fix (Ctrl+. or right-click): " + f.title());
                    hint.getStyleClass().add("fix-hint");
                    box.getChildren().add(hint);
                });
            }
            tooltip.getContent().setAll(box);
            Point2D at = e.getScreenPosition();
            tooltip.show(area, at.getX() + 8, at.getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
    }

    /**
     * The editor's menu: the fixes under the pointer, then editing. It is filled when asked for, before it shows
     * (JavaFX does not show a context menu without items, so filling it in its onShowing never showed it), and a
     * right click first moves the caret to the click so that the fixes offered are those under the pointer.
     */
    private void setUpContextMenu() {
        ContextMenu menu = new ContextMenu();
        area.setContextMenu(menu);
        fillContextMenu(menu);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!e.isKeyboardTrigger() && area.getSelection().getLength() == 0) {
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
            }
            fillContextMenu(menu);
        });
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        for (Diagnostic d : diagnosticsAt(area.getCaretPosition())) {
            d.fixIfAny().ifPresent(f -> {
                MenuItem item = new MenuItem("Fix: " + f.title());
                item.setOnAction(a -> applyFix.accept(f));
                menu.getItems().add(item);
            });
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(
                item("Undo", area::undo), item("Redo", area::redo), new SeparatorMenuItem(),
                item("Cut", area::cut), item("Copy", area::copy), item("Paste", area::paste), new SeparatorMenuItem(),
                item("Select All", area::selectAll), item("Toggle Comment", this::toggleComment));
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Its tab closed: stops styling what is left of a large text. */
    public void closed() {
        styling.stop();
    }

    /** How many lines from the top are styled: a large text is styled in slices between frames. */
    public int styledLines() {
        return styling.styledLines();
    }
}
