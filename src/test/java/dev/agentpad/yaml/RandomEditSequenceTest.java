package dev.agentpad.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.document.AgentDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property: after any sequence of set/remove edits, the YAML parses, the edited key holds the intended value,
 * and every other key keeps its old raw text byte for byte. The seed is the repetition number, so a failure
 * names a reproducible case.
 */
class RandomEditSequenceTest {

    private static final String START = """
            ---
            # Agent under test
            name: fuzz-agent
            description: >-
              Use this agent when
              things happen.
            model: 'sonnet'   # quoted on purpose
            tools:
              - Read
              - Grep
            color: "#ff00aa"
            ---
            Body stays.
            """;
    private static final List<String> KEYS = List.of("name", "description", "model", "tools", "color", "mode", "extra-key");
    private static final List<String> PIECES = List.of("a", "Use", "when", ": ", " #", "#", "'", "\"", "\n", "\n\n",
            "no", "1.10", "🚀", "é", "-", "[", "]", "{", "}", ",", "*", "&", "!", "|", ">", "%", "@", "  ", "\t",
            "<example>", "</example>", "user:", "\\", "true", "null", "~", "---", "...");

    @RepeatedTest(200)
    void randomEditsKeepEveryOtherKeyByteForByte(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        String text = START;
        for (int step = 0; step < 12; step++) {
            Map<String, String> before = rawValues(text);
            String key = KEYS.get(random.nextInt(KEYS.size()));
            String description;
            if (random.nextInt(5) == 0) {
                text = FrontMatterEditor.remove(AgentDocument.parse(text), key).applyTo(text);
                description = "remove " + key;
                assertThat(rawValues(text)).as(description).doesNotContainKey(key);
            } else {
                String value = randomValue(random);
                description = "set " + key + " = " + value.replace("\n", "\\n");
                EditResult result = FrontMatterEditor.set(AgentDocument.parse(text), key, new NewValue.Text(value));
                assertThat(result).as("%s in:%n%s", description, text).isNotInstanceOf(EditResult.Refused.class);
                text = result.applyTo(text);
                YamlScalar scalar = (YamlScalar) mapping(text, description).value(key).orElseThrow();
                assertThat(scalar.value()).as(description).isEqualTo(value);
                assertThat(scalar.kind()).as(description).isEqualTo(ScalarKind.STRING);
            }
            Map<String, String> after = rawValues(text);
            for (Map.Entry<String, String> e : before.entrySet()) {
                if (!e.getKey().equals(key)) {
                    assertThat(after.get(e.getKey())).as("%s left %s alone in:%n%s", description, e.getKey(), text)
                            .isEqualTo(e.getValue());
                }
            }
            assertThat(AgentDocument.parse(text).bodyText()).isEqualTo("Body stays.\n");
        }
    }

    private static String randomValue(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return s.toString();
    }

    private static YamlMapping mapping(String text, String context) {
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        assertThat(fm.error()).as("YAML after %s:%n%s", context, text).isEmpty();
        return fm.mapping().orElseThrow();
    }

    private static Map<String, String> rawValues(String text) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (YamlEntry e : mapping(text, "edit").entries()) {
            raw.put(e.name(), e.value().range().of(text));
        }
        return raw;
    }
}
