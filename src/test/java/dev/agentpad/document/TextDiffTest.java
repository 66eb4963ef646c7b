package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static final String BEFORE = "---\nname: a\ndescription: b\nmodel: sonnet\n---\n";

    @Test
    void anUnchangedLineBetweenTwoEditsIsNotReportedAsChanged() {
        String after = BEFORE.replace("name: a", "name: x").replace("model: sonnet", "model: opus");
        TextDiff.ChangedLines lines = TextDiff.changedLines(BEFORE, after);
        assertThat(lines.removed()).containsExactly("name: a\n", "model: sonnet\n");
        assertThat(lines.added()).containsExactly("name: x\n", "model: opus\n");
    }

    @Test
    void unifiedDiffHasHeadersAndContext() {
        String after = BEFORE.replace("model: sonnet", "model: opus");
        assertThat(TextDiff.unified(BEFORE, after, "a/x.md", "b/x.md", 1)).isEqualTo("""
                --- a/x.md
                +++ b/x.md
                @@ -3,3 +3,3 @@
                 description: b
                -model: sonnet
                +model: opus
                 ---
                """);
        assertThat(TextDiff.unified(BEFORE, BEFORE, "a", "b", 1)).isEmpty();
    }
}
