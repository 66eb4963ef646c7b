package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The editor's document reports text changes as RichTextFX does, through one stream that every listener shares. */
@ExtendWith(ApplicationExtension.class)
class EditorDocumentTest {

    @Test
    void everyListenerSharesOneStreamOfTextChanges() throws Exception {
        EditorFixture.onFx(() -> {
            CodeArea area = new CodeArea(new EditorDocument());
            assertThat(area.multiPlainChanges()).isSameAs(area.multiPlainChanges()); // the caret, the selection and the editor
            return null;
        });
    }

    @Test
    void editsAreReportedAsRichTextFxReportsThemAndRestylingIsNot() throws Exception {
        EditorFixture.onFx(() -> {
            edit();
            return null;
        });
    }

    private static void edit() {
        CodeArea ours = new CodeArea(new EditorDocument());
        CodeArea theirs = new CodeArea();
        List<String> seenOurs = new ArrayList<>();
        List<String> seenTheirs = new ArrayList<>();
        ours.plainTextChanges().subscribe(c -> seenOurs.add(describe(c)));
        theirs.plainTextChanges().subscribe(c -> seenTheirs.add(describe(c)));
        for (CodeArea area : List.of(ours, theirs)) {
            area.replaceText("first line\nsecond line\n");
            area.insertText(6, "inserted ");
            area.replaceText(0, 5, "1st");
            area.setStyleSpans(0, new StyleSpansBuilder<java.util.Collection<String>>().add(List.of("tag"), 3).create());
            area.deleteText(0, area.getLength());
        }
        assertThat(seenOurs).containsExactly("0 - '' + 'first line\\nsecond line\\n'", "6 - '' + 'inserted '", "0 - 'first' + '1st'",
                "0 - '1st inserted line\\nsecond line\\n' + ''");
        assertThat(seenOurs).isEqualTo(seenTheirs);
    }

    private static String describe(PlainTextChange change) {
        return change.getPosition() + " - '" + change.getRemoved().replace("\n", "\\n") + "' + '" + change.getInserted().replace("\n", "\\n") + "'";
    }
}
