package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EditingCommandsTest {

    @Test
    void findCountsPlainRegexAndCaseMatches() {
        String text = "Privacy and privacy; PRIVACY.";
        assertThat(TextSearch.find(text, new TextSearch.Query("privacy", false, false)).count()).isEqualTo(3);
        assertThat(TextSearch.find(text, new TextSearch.Query("privacy", false, true)).count()).isEqualTo(1);
        assertThat(TextSearch.find(text, new TextSearch.Query("[Pp]rivacy", true, true)).count()).isEqualTo(2);
        assertThat(TextSearch.find(text, new TextSearch.Query("(", true, false)).error()).isNotNull();
        assertThat(TextSearch.find(text, new TextSearch.Query("a.", false, false)).count()).as("plain text is literal").isZero();
    }

    @Test
    void replaceAllUsesGroupsWithRegexAndIsOneEdit() {
        String text = "model: sonnet\nmodel: opus\n";
        TextSearch.Replacement all = TextSearch.replaceAll(text, new TextSearch.Query("model: (\\w+)", true, true), "model: anthropic/$1");
        assertThat(all.count()).isEqualTo(2);
        assertThat(all.edit().applyTo(text)).isEqualTo("model: anthropic/sonnet\nmodel: anthropic/opus\n");
        assertThat(TextSearch.replaceAll(text, new TextSearch.Query("$1", false, true), "x").edit().applyTo(text)).isEqualTo(text);
        assertThat(TextSearch.replaceAll("a $ b $", new TextSearch.Query("$", false, true), "\\$1").edit().applyTo("a $ b $"))
                .as("plain replacement text is literal").isEqualTo("a \\$1 b \\$1");
        assertThat(TextSearch.replaceAll("xaxbx", new TextSearch.Query("x*", true, true), "-").edit().applyTo("xaxbx"))
                .as("empty matches replace nothing").isEqualTo("-a-b-");
    }

    @Test
    void aCatastrophicExpressionStopsAtTheTimeLimitWithAMessage() {
        String text = "a".repeat(30) + "!";
        TextSearch.Query evil = new TextSearch.Query("(.*a){12}!x", true, true); // about 20 s of backtracking unchecked
        long started = System.nanoTime();
        TextSearch.Matches found = TextSearch.find(text, evil, Duration.ofMillis(200));
        assertThat(found.error()).startsWith("Stopped after");
        assertThat(found.count()).isZero();
        assertThat(TextSearch.replaceAll(text, evil, "x", Duration.ofMillis(200)).error()).startsWith("Stopped after");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void replaceAllIsOnePassOverAMegabyte() {
        String text = "alpha beta\n".repeat(100_000);
        TextSearch.Replacement all = TextSearch.replaceAll(text, new TextSearch.Query("beta", false, true), "gamma");
        assertThat(all.error()).isNull();
        assertThat(all.count()).isEqualTo(100_000);
        assertThat(all.edit().applyTo(text)).isEqualTo("alpha gamma\n".repeat(100_000));
    }

    @Test
    void nextAndPreviousWrapAround() {
        TextSearch.Matches m = TextSearch.find("a b a b a", new TextSearch.Query("a", false, true));
        assertThat(m.nextFrom(5)).isEqualTo(2);
        assertThat(m.nextFrom(9)).isZero();
        assertThat(m.previousFrom(0)).isEqualTo(2);
    }

    @Test
    void toggleCommentUsesHashInFrontMatterAndHtmlCommentsInTheBody() {
        String text = "---\nname: x\nmodel: y\n---\nBody line\n";
        AgentDocument doc = AgentDocument.parse(text);
        assertThat(LineCommands.toggleComment(doc, 4, 12).applyTo(text)).as("a selection ending at a line start leaves that line")
                .isEqualTo("---\n# name: x\nmodel: y\n---\nBody line\n");
        String commented = LineCommands.toggleComment(doc, 4, 13).applyTo(text);
        assertThat(commented).isEqualTo("---\n# name: x\n# model: y\n---\nBody line\n");
        assertThat(LineCommands.toggleComment(AgentDocument.parse(commented), 4, 16).applyTo(commented)).isEqualTo(text);
        String body = LineCommands.toggleComment(doc, 26, 26).applyTo(text);
        assertThat(body).isEqualTo("---\nname: x\nmodel: y\n---\n<!-- Body line -->\n");
        assertThat(LineCommands.toggleComment(AgentDocument.parse(body), 26, 26).applyTo(body)).isEqualTo(text);
    }

    @Test
    void indentAndOutdentWholeLines() {
        String text = "a\nb\nc\n";
        String indented = LineCommands.indent(text, 0, 3).applyTo(text);
        assertThat(indented).isEqualTo("  a\n  b\nc\n");
        assertThat(LineCommands.outdent(indented, 0, 7).applyTo(indented)).isEqualTo(text);
    }

    @Test
    void lineEndingsNormaliseForTheEditorAndComeBackOnSave() {
        assertThat(LineEndings.toLf("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(LineEndings.fromLf("a\nb\n", "\r\n")).isEqualTo("a\r\nb\r\n");
        assertThat(LineEndings.of("a\r\nb\r\n").label()).isEqualTo("CRLF");
        assertThat(LineEndings.of("a\r\nb\n").label()).isEqualTo("Mixed");
    }
}
