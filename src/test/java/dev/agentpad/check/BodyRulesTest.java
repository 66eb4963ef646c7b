package dev.agentpad.check;

import static dev.agentpad.check.Diagnostics.check;
import static dev.agentpad.check.Diagnostics.only;
import static dev.agentpad.check.Diagnostics.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyRulesTest {

    private static final String CLAUDE = "proj/.claude/agents/review.md";

    @Test
    void emptyPromptIsAWarning() {
        assertThat(summary(only(check(CLAUDE, "---\nname: r-x\ndescription: Reviews things\n---\n\n"), Code.BODY_EMPTY)))
                .isEqualTo("warning body-empty 5:1-5:1");
    }

    @Test
    void copilotPromptOverThirtyThousandCharactersIsAnError() {
        String body = "x".repeat(30_001);
        Diagnostic d = only(check("a.agent.md", "---\ndescription: x\n---\n" + body), Code.BODY_TOO_LONG);
        assertThat(d.message()).isEqualTo("the prompt is 30001 characters; GitHub Copilot accepts at most 30000");
        assertThat(d.start().line()).isEqualTo(4);
    }

    @Test
    void structureTagsMustBalanceButProseAndCodeAreLeftAlone() {
        String text = """
                ---
                name: r-x
                description: Reviews things
                ---
                <rules>
                Use the <reasoning> tags when thinking. Run <command> first.
                `<inline>` code and <br> are fine, as is <x a="1"/> and <!-- <hidden> -->.
                ```xml
                <open-in-code>
                ```
                <example>
                </rules>
                </orphan>
                """;
        assertThat(summary(check(CLAUDE, text))).containsExactly(
                "warning tag-unbalanced 11:1-11:10", "warning tag-unbalanced 13:1-13:10");
        assertThat(only(check(CLAUDE, text.replace("</orphan>\n", "")), Code.TAG_UNBALANCED).message())
                .isEqualTo("<example> is never closed with </example>; models read such tags as structure");
    }

    @Test
    void tagsWithAttributesAreStructureAndAFileNameInAnglesIsProse() {
        String text = """
                ---
                name: r-x
                description: Reviews things
                ---
                <example id="1" kind='short' n=2>
                </example>
                Open <file name here> when asked.
                  <example id="2"   >
                """;
        assertThat(summary(check(CLAUDE, text))).containsExactly("warning tag-unbalanced 8:3-8:22");
    }

    @Test
    void tagsInADescriptionAreCheckedToo() {
        String text = "---\nname: r-x\ndescription: >-\n  Use it. <example>user: hi\n  </commentary></example>\n---\nBody\n";
        assertThat(only(check(CLAUDE, text), Code.TAG_UNBALANCED).message()).startsWith("</commentary> closes no <commentary> in 'description'");
    }
}
