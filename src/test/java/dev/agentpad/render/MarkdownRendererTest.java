package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview's blocks are the whole page's HTML cut at top-level blocks, nothing more and nothing less. */
class MarkdownRendererTest {

    @Test
    void theBlocksJoinedAreThePageAndEachIsOneElement() {
        String markdown = """
                # Role

                You review code. See [the guide][guide].

                [guide]: https://example.com/guide

                <example>
                user: "check this"
                </example>

                | a | b |
                |---|---|
                | 1 | 2 |

                - [ ] one
                - two with NUL \u0000 inside

                ```java
                int x = 1;
                ```
                """;
        List<String> blocks = MarkdownRenderer.toHtmlBlocks(markdown);
        assertThat(String.join("", blocks)).isEqualTo(MarkdownRenderer.toHtml(markdown));
        assertThat(blocks).hasSize(6).allSatisfy(b -> assertThat(b.strip()).startsWith("<").endsWith(">"));
        assertThat(blocks.get(4)).contains("\uFFFD").doesNotContain("\u0000");
    }

    @Test
    void deeplyNestedEmphasisAndImagesRenderWithoutOverflowingTheStack() {
        // commonmark 0.28 threw StackOverflowError on both (0.30 caps inline nesting at 100)
        assertThat(MarkdownRenderer.toHtml("*".repeat(20_000) + "x" + "*".repeat(20_000))).contains("x");
        assertThat(MarkdownRenderer.toHtml("![".repeat(3_000) + "x" + "](u)".repeat(3_000))).contains("image-placeholder").doesNotContain("<img");
    }
}
