package dev.agentpad.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextDiff;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real file of the shared corpus: unchanged text stays byte-identical, and an edit touches only its key. */
class CorpusRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusFile() {
        return Corpus.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.relativePath(), () -> {
            String text = entry.read();
            AgentDocument doc = AgentDocument.parse(text);
            assertThat(doc.text()).isEqualTo(text);
            assertThat(doc.hasFrontMatter()).isEqualTo(entry.hasFrontMatter());
            FrontMatter fm = FrontMatterReader.read(doc);
            assertThat(fm.isValid()).as("strict YAML verdict for %s: %s", entry.relativePath(), fm.error())
                    .isEqualTo(entry.strictYamlOk());
            if (!fm.isValid()) {
                assertThat(FrontMatterEditor.set(doc, "model", new NewValue.Text("opus"))).isInstanceOf(EditResult.Refused.class);
                return;
            }
            String withModel = FrontMatterEditor.set(doc, "model", new NewValue.Text("anthropic/claude-opus-4")).applyTo(text);
            TextDiff.ChangedLines diff = TextDiff.changedLines(text, withModel);
            assertThat(diff.added()).as("lines added by setting model").hasSize(1);
            assertThat(diff.added().get(0)).matches("model: ['\"]?anthropic/claude-opus-4['\"]?\\s*(#.*)?\\R?");
            String oldModelLines = fm.mapping().orElseThrow().entry("model").map(e -> e.lines().of(text)).orElse("");
            assertThat(String.join("", diff.removed())).as("removed lines are the old model's").isEqualTo(oldModelLines);

            String multi = "First line: with a colon.\n\n<example>\nuser: \"hi\" # not a comment\n</example>";
            String described = FrontMatterEditor.set(doc, "description", new NewValue.Text(multi)).applyTo(text);
            assertThat(valueOf(described, "description")).isEqualTo(multi);
            String back = FrontMatterEditor.set(AgentDocument.parse(described), "description", new NewValue.Text("Back to one line"))
                    .applyTo(described);
            assertThat(valueOf(back, "description")).isEqualTo("Back to one line");
            assertThat(AgentDocument.parse(back).bodyText()).as("the body is never touched").isEqualTo(doc.bodyText());
        }));
    }

    private static String valueOf(String text, String key) {
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        assertThat(fm.error()).isEmpty();
        return ((YamlScalar) fm.mapping().orElseThrow().value(key).orElseThrow()).value();
    }
}
