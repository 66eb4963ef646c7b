package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;

/** A text built into paragraphs in pieces on several threads is the same document the code area builds from it whole. */
class PreparedTextTest {

    private static StyledDocument<Collection<String>, String, Collection<String>> builtWhole(String text) {
        return ReadOnlyStyledDocument.<Collection<String>, String, Collection<String>>fromString(text, List.of(), List.of(), SegmentOps.styledTextOps());
    }

    @Test
    void piecesBuiltOnSeveralThreadsMakeTheSameParagraphsAsTheWholeText() {
        Random random = new Random(13);
        String[] lines = {"", "word", "Some words, <example> and {{x}}.", "  - item", "é ü 🙂", "```", "\r", "tail"};
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(lines[random.nextInt(lines.length)]).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            if (random.nextBoolean()) {
                text.append(lines[random.nextInt(lines.length)]); // no line break at the end
            }
            int threads = 1 + random.nextInt(6);
            PreparedText prepared = PreparedText.of(text.toString(), threads, 1 + random.nextInt(40));

            assertThat(prepared.paragraphs()).as("%s in up to %d pieces", text, threads).isEqualTo(builtWhole(text.toString()));
            assertThat(prepared.text()).isEqualTo(text.toString());
        }
    }

    @Test
    void aLongTextIsCutAfterLineBreaksIntoPiecesOfAboutEqualLength() {
        String text = "Some words in a paragraph, <example> and {{x}}.\n\n".repeat(20_000); // 1 MB

        List<String> pieces = PreparedText.piecesAfterLineBreaks(text, 4);

        assertThat(pieces).hasSize(4);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces.subList(0, 3)).allMatch(p -> p.endsWith("\n"));
        assertThat(pieces).allMatch(p -> Math.abs(p.length() - text.length() / 4) < 100);
        assertThat(PreparedText.of(text, 4, 1).paragraphs()).isEqualTo(builtWhole(text));
    }

    @Test
    void aTextWithoutLineBreaksIsOnePieceAndTheLongestLineDecidesTheCurrentLinesMark() {
        String oneLine = "x".repeat(PromptEditor.LONGEST_MARKED_LINE + 1);

        assertThat(PreparedText.piecesAfterLineBreaks(oneLine, 3)).containsExactly(oneLine);
        assertThat(PreparedText.of(oneLine, 3, 1).markCurrentLine()).isFalse();
        assertThat(PreparedText.of("short\nlines\n", 3, 1).markCurrentLine()).isTrue();
        assertThat(PreparedText.of("", 3, 1).paragraphs()).isEqualTo(builtWhole(""));
    }
}
