package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Tables that would have too many cells are shown as text, decided by a count that is never below the real one. */
class TableCellsTest {

    private static final Parser TABLES = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static int realCells(String markdown) {
        int[] cells = {0};
        TABLES.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    cells[0]++;
                }
                visitChildren(node);
            }
        });
        return cells[0];
    }

    @Test
    void aPromptsOwnTableIsRenderedAsATable() {
        String markdown = "| tool | use |\n|---|:-:|\n| Read | files |\n| Bash | tests |\n\nAfter.\n";
        assertThat(realCells(markdown)).isEqualTo(6);
        assertThat(TableCells.atMost(markdown)).isBetween(6L, 16L); // a column more than the pipes, at most
        assertThat(MarkdownRenderer.toHtml(markdown)).contains("<table>").contains("<td>Bash</td>");
    }

    @Test
    void aWideHeaderOverManyShortRowsIsShownAsTextWithANote() {
        String markdown = "|c".repeat(1100) + "|\n" + "|-".repeat(1100) + "|\n" + "|x|\n".repeat(1000); // 11 KB, 1.1 million cells
        assertThat(TableCells.atMost(markdown)).isGreaterThan(MarkdownRenderer.MAX_TABLE_CELLS);
        String html = MarkdownRenderer.toHtml(markdown);
        assertThat(html).doesNotContain("<table").contains("more than 100,000 cells").contains("|x|");
        assertThat(MarkdownRenderer.toHtmlBlocks(markdown)).first().asString().contains("more than 100,000 cells");
        assertThat(String.join("", MarkdownRenderer.toHtmlBlocks(markdown))).doesNotContain("<table");
    }

    @Test
    void aTableOfOldMacLineEndingsIsCountedToo() {
        // \r alone ends a line in CommonMark: counted as one line, this asked commonmark for 1.5 million cells (found by a new-user trial)
        String markdown = "|" + "a|".repeat(5000) + "\r|" + "-|".repeat(5000) + "\r" + "x\r".repeat(300) + "\r";
        assertThat(TableCells.atMost(markdown)).isGreaterThan(MarkdownRenderer.MAX_TABLE_CELLS);
        assertThat(MarkdownRenderer.toHtml(markdown)).contains("more than 100,000 cells").doesNotContain("<table");
        assertThat(MarkdownRenderer.toHtmlBlocks(markdown)).first().asString().contains("more than 100,000 cells");
    }

    @Test
    void rowsThatLookLikeDelimiterRowsStillCountAtTheTablesWidth() {
        String markdown = "|c".repeat(1000) + "|\n" + "|-".repeat(1000) + "|\n" + "|-|\n".repeat(200);
        assertThat(realCells(markdown)).isEqualTo(201_000);
        assertThat(TableCells.atMost(markdown)).isGreaterThanOrEqualTo(201_000);
    }

    @Test
    void theCountIsNeverBelowTheParsersOnRandomTables() {
        String[] lines = {"| a | b | c |", "|---|---|---|", "a | b", "-|-", "|-|", "| x |", "x", "> | a | b |", "> |---|---|", "> | 1 | 2 |",
            "- | a | b |", "  |---|---|", "  | 1 | 2 |", "", " ", "---", "# h", "\t|:-:|", "| a |\r", "|---|\r"};
        Random random = new Random(11L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(16); n >= 0; n--) {
                markdown.append(lines[random.nextInt(lines.length)]).append(random.nextInt(5) == 0 ? "\r" : random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            assertThat(TableCells.atMost(markdown.toString())).as(markdown.toString()).isGreaterThanOrEqualTo(realCells(markdown.toString()));
        }
    }
}
