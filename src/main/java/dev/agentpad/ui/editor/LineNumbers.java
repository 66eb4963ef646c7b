package dev.agentpad.ui.editor;

import java.util.function.IntFunction;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/**
 * The editor's gutter: each shown line's number, right-aligned to the width of the last line's number. RichTextFX's
 * own LineNumberFactory makes a Label (a control with a skin) for every shown line; this is a region holding one text
 * node, which costs a fraction of that in styling and layout: about 0.1 s of the window's first appearance here, and
 * again as lines scroll into view. Styled by {@code .lineno} (background, padding) and {@code .lineno-number} (colour).
 */
final class LineNumbers implements IntFunction<Node> {

    private final Val<Integer> lineCount;

    LineNumbers(GenericStyledArea<?, ?, ?> area) {
        lineCount = LiveList.sizeOf(area.getParagraphs());
    }

    @Override
    public Node apply(int line) {
        Text number = new Text();
        number.getStyleClass().add("lineno-number");
        number.textProperty().bind(lineCount.map(count -> label(line + 1, count)).conditionOnShowing(number));
        return new Gutter(number);
    }

    /** {@code number} padded on the left to as many places as {@code count} has. */
    static String label(int number, int count) {
        String digits = Integer.toString(number);
        int width = Integer.toString(Math.max(count, number)).length();
        return " ".repeat(width - digits.length()) + digits;
    }

    /** One line's cell of the gutter: as tall as the line's rows, the number at the top. */
    private static final class Gutter extends Region {

        private final Text number;

        Gutter(Text number) {
            this.number = number;
            getStyleClass().add("lineno");
            getChildren().add(number);
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + number.prefWidth(-1) + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + number.prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            layoutInArea(number, snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(), getHeight() - snappedTopInset() - snappedBottomInset(),
                    0, HPos.RIGHT, VPos.TOP);
        }
    }
}
