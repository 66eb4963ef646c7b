package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentDocumentTest {

    @Test
    void splitsFrontMatterFromBody() {
        String text = """
                ---
                description: Reviews code
                mode: subagent
                ---
                You are a reviewer.
                """;
        AgentDocument doc = AgentDocument.parse(text);
        assertThat(doc.state()).isEqualTo(FrontMatterState.CLOSED);
        assertThat(doc.yamlText()).isEqualTo("description: Reviews code\nmode: subagent\n");
        assertThat(doc.bodyText()).isEqualTo("You are a reviewer.\n");
        assertThat(doc.openingFence().of(text)).isEqualTo("---\n");
        assertThat(doc.closingFence().of(text)).isEqualTo("---\n");
    }

    @Test
    void noFenceOnLineOneMeansNoFrontMatter() {
        AgentDocument doc = AgentDocument.parse("\n---\nname: x\n---\nbody\n");
        assertThat(doc.state()).isEqualTo(FrontMatterState.NONE);
        assertThat(doc.bodyText()).isEqualTo("\n---\nname: x\n---\nbody\n");
    }

    @Test
    void unterminatedFrontMatterRunsToTheEnd() {
        AgentDocument doc = AgentDocument.parse("---\nname: x\nbody without closing fence\n");
        assertThat(doc.state()).isEqualTo(FrontMatterState.UNTERMINATED);
        assertThat(doc.yamlText()).isEqualTo("name: x\nbody without closing fence\n");
        assertThat(doc.bodyText()).isEmpty();
    }

    @Test
    void emptyFrontMatter() {
        AgentDocument doc = AgentDocument.parse("---\n---\nbody");
        assertThat(doc.state()).isEqualTo(FrontMatterState.CLOSED);
        assertThat(doc.yamlText()).isEmpty();
        assertThat(doc.bodyText()).isEqualTo("body");
    }

    @Test
    void fencesMayHaveTrailingSpacesButNothingElse() {
        assertThat(AgentDocument.parse("---  \nname: x\n--- \t\nbody").state()).isEqualTo(FrontMatterState.CLOSED);
        assertThat(AgentDocument.parse("--- x\nname: x\n---\n").state()).isEqualTo(FrontMatterState.NONE);
        assertThat(AgentDocument.parse("----\nname: x\n---\n").state()).isEqualTo(FrontMatterState.NONE);
        AgentDocument doc = AgentDocument.parse("---\nname: x\n---- not a fence\n---\n");
        assertThat(doc.yamlText()).isEqualTo("name: x\n---- not a fence\n");
    }

    @Test
    void byteOrderMarkIsSkippedBeforeTheFence() {
        AgentDocument doc = AgentDocument.parse("\uFEFF---\r\nname: x\r\n---\r\nbody\r\n");
        assertThat(doc.hasByteOrderMark()).isTrue();
        assertThat(doc.state()).isEqualTo(FrontMatterState.CLOSED);
        assertThat(doc.yamlText()).isEqualTo("name: x\r\n");
        assertThat(doc.bodyText()).isEqualTo("body\r\n");
    }

    @Test
    void mixedAndOldMacLineEndings() {
        AgentDocument doc = AgentDocument.parse("---\rname: x\r\n---\nbody");
        assertThat(doc.yamlText()).isEqualTo("name: x\r\n");
        assertThat(doc.lineEndings().isMixed()).isTrue();
        assertThat(doc.positionOf(doc.bodyRange().start())).isEqualTo(new Position(4, 1));
    }

    @Test
    void closingFenceWithoutFinalNewline() {
        AgentDocument doc = AgentDocument.parse("---\nname: x\n---");
        assertThat(doc.state()).isEqualTo(FrontMatterState.CLOSED);
        assertThat(doc.bodyText()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "---", "---\n", "\uFEFF", "---\r\n---", "\n", "---\n---\n---\n", "no front matter",
            "---\nname: x", "\r\r\n\n", "---\t\nname: \"a\"\n---\t\n\n\nbody\n\n"})
    void textRoundTripsUnchanged(String text) {
        AgentDocument doc = AgentDocument.parse(text);
        assertThat(doc.text()).isEqualTo(text);
        int covered = doc.contentStart() + doc.openingFence().length() + doc.yamlRange().length()
                + doc.closingFence().length() + doc.bodyRange().length();
        assertThat(covered).as("the parts cover the whole text").isEqualTo(text.length());
    }

    @Test
    void lineIndexCountsEveryTerminatorKind() {
        LineIndex lines = LineIndex.of("a\nb\r\nc\rd");
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.positionOf(7)).isEqualTo(new Position(4, 1));
        assertThat(lines.offsetOf(3, 1)).isEqualTo(5);
    }
}
