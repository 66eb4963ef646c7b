package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.document.AgentDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewPageTest {

    private static CheckResult check(String path, String text) {
        return Checker.standard().check(text, Path.of(path), null);
    }

    @Test
    void theCardShowsTheAgentAsTheToolSeesIt() {
        CheckResult result = check("r/.opencode/agent/team/backend.md", """
                ---
                description: Builds APIs
                model: anthropic/claude-sonnet-4-5
                tools:
                  write: true
                  bash: false
                permission:
                  bash:
                    "*": ask
                    "git status": allow
                color: "#22c55e"
                ---
                You build APIs.
                """);
        AgentCard card = AgentCard.of(result);
        assertThat(card.name()).isEqualTo("team/backend");
        assertThat(card.mode()).hasValue("all (default)");
        assertThat(card.model()).hasValue("anthropic/claude-sonnet-4-5");
        assertThat(card.tools()).containsExactly("write", "no bash");
        assertThat(card.permissions()).containsExactly("bash *: ask", "bash git status: allow");
        assertThat(card.colorCss()).hasValue("#22c55e");
        assertThat(card.status()).isEqualTo("opencode: loads, with 1 warning");
    }

    @Test
    void aBrokenAgentSaysTheToolWillDropIt() {
        AgentCard card = AgentCard.of(check("r/.claude/agents/x.md",
                "---\nname: x-y\ndescription: Use when: needed\n<example>user asks</example>\n---\nB\n"));
        assertThat(card.loads()).isFalse();
        assertThat(card.name()).as("taken from the repaired keys").isEqualTo("x-y");
        assertThat(card.description()).isEqualTo("Use when: needed <example>user asks</example>");
        assertThat(card.status()).isEqualTo("Claude Code: does not load this agent");
    }

    @Test
    void theCardSaysWhatTheToolDoes() {
        AgentCard quoted = AgentCard.of(check("r/.claude/agents/x.md", "---\nname: x-y\ndescription: Use when: needed\n---\nB\n"));
        assertThat(quoted.loads()).as("Claude Code quotes and rereads it").isTrue();
        assertThat(quoted.status()).isEqualTo("Claude Code: loads, with 1 warning");
        AgentCard coloured = AgentCard.of(check("r/.claude/agents/x.md", "---\nname: x-y\ndescription: Reviews code.\ncolor: magenta\n---\nB\n"));
        assertThat(coloured.status()).isEqualTo("Claude Code: loads, color ignored");
        AgentCard opencode = AgentCard.of(check("r/.opencode/agent/x.md", "---\ndescription: Reviews code.\ncolor: magenta\n---\nB\n"));
        assertThat(opencode.status()).isEqualTo("opencode: stops at start-up until this is fixed");
        assertThat(opencode.loads()).isFalse();
        AgentCard misread = AgentCard.of(check("r/.claude/agents/x.md",
                "---\nname: x-y\ndescription: Use when: needed\n<example>user: hi</example>\n---\nB\n"));
        assertThat(misread.status()).as("the <example>user line becomes a key of its own")
                .isEqualTo("Claude Code: loads it, but reads something other than what is written");
    }

    @Test
    void untrustedPromptCannotRunScriptsOrFetchAnything() {
        String html = PreviewPage.render(check("r/.claude/agents/x.md", """
                ---
                name: evil
                description: "<script>alert('card')</script>"
                ---
                <script>alert(1)</script>
                <img src="http://tracker.example/pixel.png">

                [click](javascript:alert(2)) and [docs](https://example.org/docs)
                ![diagram](https://example.org/d.png)
                <example>kept as text</example>
                """), "x.md", true);
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
        assertThat(html).contains("<a rel=\"noopener noreferrer\" href=\"\">click</a>");
        assertThat(html).as("raw HTML is shown as text, line breaks kept")
                .contains("<pre class=\"raw\">&lt;script&gt;alert(1)&lt;/script&gt;</pre>");
        assertThat(html).as("inline tags are text styled as structure")
                .contains("<code class=\"raw\">&lt;example&gt;</code>kept as text<code class=\"raw\">&lt;/example&gt;</code>");
        assertThat(html).contains("<a rel=\"noopener noreferrer\" href=\"https://example.org/docs\">docs</a>");
        assertThat(html).contains("<span class=\"image-placeholder\" title=\"not loaded: https://example.org/d.png\">[image: diagram]</span>");
    }

    @Test
    void gfmTablesCodeAndTaskListsRender() {
        String html = MarkdownRenderer.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x;\n```\n\n- [x] done\n- [ ] todo\n~~old~~\n");
        assertThat(html).contains("<table>").contains("<td>1</td>").contains("<code class=\"language-java\">int x;")
                .contains("type=\"checkbox\"").contains("<del>old</del>");
    }

    @Test
    void thePromptInBlocksIsTheSameHtmlAsTheWholePromptForEveryCorpusFile() {
        for (Corpus.Entry entry : Corpus.entries()) {
            String body = AgentDocument.parse(entry.read()).bodyText();
            assertThat(String.join("", MarkdownRenderer.toHtmlBlocks(body))).as(entry.relativePath()).isEqualTo(MarkdownRenderer.toHtml(body));
        }
    }

    @Test
    void eachBlockIsOneElementAndAReferenceDefinitionIsNone() {
        List<String> blocks = MarkdownRenderer.toHtmlBlocks("[docs]: https://example.org\n\nSee [docs].\n\n<example>\nhi\n</example>\n\n- a\n- b\n");
        assertThat(blocks).containsExactly("<p>See <a rel=\"noopener noreferrer\" href=\"https://example.org\">docs</a>.</p>\n",
                "<pre class=\"raw\">&lt;example&gt;\nhi\n&lt;/example&gt;</pre>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    }

    @Test
    void aPromptPastTheLimitIsPreviewedUpToAParagraphBreakWithANote() {
        String body = "First paragraph.\n\nSecond paragraph, long enough to pass the limit.\n";
        CheckResult result = Checker.standard().check("---\nname: x\ndescription: y\n---\n" + body, Path.of("r/.claude/agents/x.md"), null);
        Preview cut = PreviewPage.parts(result, "x", false, 30);
        assertThat(cut.html()).contains("<p>First paragraph.</p>").doesNotContain("Second paragraph")
                .contains("The preview shows the first 16 of the prompt&#39;s".replace("&#39;", "'")).contains(body.length() + " characters");
        assertThat(PreviewPage.parts(result, "x", false, 1000).html()).contains("Second paragraph").doesNotContain("class=\"truncated\"");
    }

    @Test
    void theStandalonePageIsThePreviewsPartsJoined() {
        CheckResult result = check("r/.claude/agents/x.md", "---\nname: x-y\ndescription: Reviews things\nmodle: opus\n---\n"
                + "[docs]: https://example.org\n\n# Role\n\nSee [docs].\n\n<example>\nhi\n</example>\n\n- a\n- b\n\n```\ncode\n```\n");
        assertThat(PreviewPage.render(result, "x", true)).isEqualTo(PreviewPage.parts(result, "x", true, Integer.MAX_VALUE).html());
        assertThat(PreviewPage.render(result, "x", false)).isEqualTo(PreviewPage.parts(result, "x", false, Integer.MAX_VALUE).html());
    }

    @Test
    void problemsAreListedOnTheStandalonePageOnly() {
        CheckResult result = check("r/.claude/agents/x.md", "---\nname: x-y\ndescription: Reviews things\nmodle: opus\n---\nB\n");
        assertThat(PreviewPage.render(result, "x", true)).contains("<code>key-unknown</code>").contains("Fix: Rename to &#39;model&#39;");
        assertThat(PreviewPage.render(result, "x", false)).doesNotContain("key-unknown");
    }

    @Test
    void statsCountCharactersWordsLinesAndTokens() {
        PromptStats stats = PromptStats.of("You are a careful reviewer.\nBe brief. 🚀\n");
        assertThat(stats.characters()).isEqualTo(40);
        assertThat(stats.words()).isEqualTo(8);
        assertThat(stats.lines()).isEqualTo(2);
        assertThat(stats.tokens()).isBetween(8, 16);
    }
}
