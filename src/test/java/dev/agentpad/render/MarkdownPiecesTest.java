package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.Mutations;
import dev.agentpad.document.AgentDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long prompt rendered in pieces on several threads gives the page the whole prompt gives. The pieces here are cut
 * from short texts (a piece may be one character long) so that every kind of block meets a cut.
 */
class MarkdownPiecesTest {

    private static String whole(String markdown) {
        return MarkdownRenderer.toHtml(markdown, 1, 1);
    }

    private static void samePageInPieces(String markdown) {
        for (int threads = 2; threads <= 6; threads++) {
            assertThat(MarkdownRenderer.toHtml(markdown, threads, 1)).as("%d pieces of:%n%s", threads, markdown).isEqualTo(whole(markdown));
        }
    }

    @Test
    void aTextIsCutOnlyBeforeALineThatStartsWithALetterAfterABlankLine() {
        String text = "One paragraph.\n\n- a list\n\n  indented\n\n> quoted\n\nSecond paragraph.\n\n1. item\n\nThird.\r\n\r\nFourth.\n";
        List<String> pieces = MarkdownPieces.cut(text, 8, 1);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).containsExactly("One paragraph.\n\n- a list\n\n  indented\n\n> quoted\n\n", "Second paragraph.\n\n1. item\n\n",
                "Third.\r\n\r\n", "Fourth.\n");
    }

    @Test
    void aShortTextOrOneThatMayDefineLinkReferencesStaysWhole() {
        String text = "First.\n\nSecond.\n";
        assertThat(MarkdownPieces.cut(text, 2, 1)).hasSize(2);
        assertThat(MarkdownPieces.cut(text, 2, 9)).containsExactly(text); // "Second.\n" is 8 characters
        assertThat(MarkdownPieces.cut(text, 1, 1)).containsExactly(text);
        assertThat(MarkdownPieces.cut("See [the guide].\n\nMore.\n\n[the guide]: https://example.com\n", 4, 1)).hasSize(1);
    }

    @Test
    void blocksThatRunOnOverACutGiveTheSamePage() {
        samePageInPieces("""
                ```
                code

                Still code after a blank line.
                ```

                After.
                """);
        samePageInPieces("""
                ~~~~ python
                x = 1

                Still code.
                ~~~
                Still code: the fence needs four.
                ~~~~

                After.
                """);
        samePageInPieces("""
                <pre>
                raw

                Still the HTML block.
                </pre>

                After.
                """);
        samePageInPieces("""
                <!-- a comment

                Still the comment.
                -->

                After.
                """);
        samePageInPieces("""
                - a tight list
                - of two

                Then prose.

                - a loose list

                - of two

                More prose.

                1. ordered
                   ```
                   fenced in an item

                Closes the item and its fence.

                > a quote
                lazily continued

                A paragraph.

                    indented code

                Words.

                | a | b |
                |---|---|
                | 1 | 2 |

                Words | again
                ---|---
                x | y
                """);
    }

    @Test
    void cutsAreChosenOutsideFencedCodeAndHtmlThatRunsOnAndAfterAnExampleBlock() {
        String text = "Intro.\n\n```\ncode\n\nStill code.\n```\n\n<pre>\n\nStill pre.\n</pre>\n\n<example>\nshort\n</example>\n\nAfter.\n";
        assertThat(MarkdownPieces.cut(text, 2, 5)).containsExactly(text.substring(0, text.indexOf("After.")), "After.\n");
        assertThat(MarkdownPieces.htmlBlockEnds("<example>")).isNull(); // ends at a blank line
        assertThat(MarkdownPieces.htmlBlockEnds("<PRE class=\"x\">")).contains("</pre>");
        assertThat(MarkdownPieces.htmlBlockEnds("<!-- note")).containsExactly("-->");
        samePageInPieces(text);
    }

    @Test
    void aPieceEndingInAnExampleBlockJoins() {
        String text = "Intro.\n\n<example>\nuser: hi\n</example>\n\nAfter.\n";
        List<String> pieces = MarkdownPieces.cut(text, 2, 5);
        assertThat(pieces).hasSize(2);
        assertThat(MarkdownPieces.joinable(pieces.stream().map(p -> (org.commonmark.node.Document) org.commonmark.parser.Parser.builder().build().parse(p)).toList()))
                .isTrue();
    }

    @Test
    void piecesEndingInOpenCodeOrHtmlThatRunsOnDoNotJoin() {
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder().build();
        java.util.function.Function<String, org.commonmark.node.Document> parse = text -> (org.commonmark.node.Document) parser.parse(text);
        assertThat(MarkdownPieces.joinable(List.of(parse.apply("```\ncode\n\n"), parse.apply("More code?\n```\n")))).isFalse();
        assertThat(MarkdownPieces.joinable(List.of(parse.apply("<pre>\nraw\n\n"), parse.apply("Still raw?\n</pre>\n")))).isFalse();
        assertThat(MarkdownPieces.joinable(List.of(parse.apply("  <!-- note\n\n"), parse.apply("Still a comment?\n-->\n")))).isFalse();
        assertThat(MarkdownPieces.joinable(List.of(parse.apply("```\ncode\n```\n\n"), parse.apply("Prose.\n")))).isTrue();
        assertThat(MarkdownPieces.joinable(List.of(parse.apply("<style>\np {}\n\n</style>\n\n"), parse.apply("Prose.\n")))).isTrue();
    }

    @Test
    void aLinkReferenceDefinedAfterItsUseGivesTheSamePage() {
        samePageInPieces("Read [the guide][g].\n\nMore.\n\nAnd more.\n\n[g]: https://example.com/guide\n");
    }

    @Test
    void randomDocumentsGiveTheSamePageInPieces() {
        String[] blocks = {"A paragraph with *emphasis* and `code`.", "```\nfenced", "```", "~~~", "    indented code", "- item", "- item\n\n  more",
            "1. first", "> quote", "lazy line", "<pre>", "</pre>", "<div>", "<!--", "-->", "<example>", "</example>", "| a | b |\n|---|---|\n| 1 | 2 |",
            "# Heading", "Setext\n===", "---", "[x]: https://example.com", "[x]", "http://example.com/auto", "\t\ttabbed", "Word", "word", "",
            "- ```", "  ```", "  <pre>", "<style>", "</style>", "> ```", "1. <!--"};
        Random random = new Random(20261201L);
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder();
            for (int b = random.nextInt(14); b >= 0; b--) {
                text.append(blocks[random.nextInt(blocks.length)]).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
                if (random.nextBoolean()) {
                    text.append(random.nextInt(5) == 0 ? " \n" : "\n");
                }
            }
            samePageInPieces(text.toString());
        }
    }

    @Test
    void everyCorpusPromptAndMutationsOfItGiveTheSamePageInPieces() {
        List<String> prompts = new ArrayList<>();
        Corpus.entries().forEach(entry -> prompts.add(AgentDocument.parse(entry.read()).bodyText()));
        Random random = new Random(7L);
        for (int i = 0; i < 400; i++) {
            prompts.add(Mutations.mutate(prompts.get(random.nextInt(prompts.size())), random));
        }
        for (String prompt : prompts) {
            assertThat(MarkdownRenderer.toHtml(prompt, 4, 1)).isEqualTo(whole(prompt));
        }
    }
}
