package dev.agentpad.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-click fix over real files: every corpus file strict YAML rejects, and every corpus file broken on purpose
 * the two ways public collections break, comes out reading in strict YAML with every value as its author wrote it.
 */
class CorpusFixTest {

    private final Checker checker = Checker.standard();

    @Test
    void everyCorpusFileWithAYamlErrorIsFixedKeepingEveryValue() {
        List<String> unfixed = new ArrayList<>();
        int broken = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            if (entry.strictYamlOk()) {
                continue;
            }
            broken++;
            String text = entry.read();
            String problem = fixProblem(text, entry, oneLineValues(text));
            if (problem != null) {
                unfixed.add(entry.relativePath() + ": " + problem);
            }
        }
        System.out.println("corpus files with a YAML error: " + broken + "; without a safe fix: " + unfixed);
        assertThat(broken).isEqualTo(8);
        assertThat(unfixed).isEmpty();
    }

    @Test
    void aColonTypedIntoAnyCorpusDescriptionIsFixedKeepingTheText() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            String text = entry.read();
            if (!entry.strictYamlOk()) {
                continue;
            }
            var read = FrontMatterReader.read(AgentDocument.parse(text)).mapping().flatMap(m -> m.entry("description"));
            String description = read.filter(e -> e.value() instanceof YamlScalar).map(e -> ((YamlScalar) e.value()).value()).orElse("");
            if (description.isEmpty() || description.contains("\n") || description.contains(" #") || !description.equals(description.strip())) {
                continue;
            }
            String brokenDescription = "Note: " + description;
            YamlEntry line = read.orElseThrow();
            String broken = text.substring(0, line.lines().start()) + "description: " + brokenDescription + "\n" + text.substring(line.lines().end());
            Map<String, String> values = new LinkedHashMap<>(Map.of("description", brokenDescription));
            tried++;
            String problem = fixProblem(broken, entry, values);
            if (problem != null) {
                failures.add(entry.relativePath() + ": " + problem);
            }
        }
        assertThat(tried).as("corpus files with a one-line plain description").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDescriptionGoingOnOverExampleLinesIsFixedKeepingTheText() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            String text = entry.read();
            if (!entry.dialect().equals("claude") || !entry.strictYamlOk() || !text.matches("(?s)---\\r?\\nname: .*")) {
                continue;
            }
            String examples = """
                    Examples:

                    <example>
                    Context: The user has a task for this agent.
                    user: "Please help with this"
                    assistant: "I'll use this agent for it"
                    <commentary>
                    The task matches: delegate it.
                    </commentary>
                    </example>""";
            String broken = text.replaceFirst("(?m)^(description: .*)$", java.util.regex.Matcher.quoteReplacement("$1") + " "
                    + java.util.regex.Matcher.quoteReplacement(examples));
            if (broken.equals(text) || FrontMatterReader.read(AgentDocument.parse(broken)).isValid()) {
                continue;
            }
            tried++;
            String problem = fixProblem(broken, entry, Map.of());
            if (problem != null) {
                failures.add(entry.relativePath() + ": " + problem);
            }
        }
        assertThat(tried).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    /** Null when the safe fixes make {@code text} read in strict YAML with {@code expected} values and the same body. */
    private String fixProblem(String text, Corpus.Entry entry, Map<String, String> expected) {
        SafeFixes.Outcome outcome = SafeFixes.apply(checker, text, entry.file(), null);
        FrontMatter after = FrontMatterReader.read(AgentDocument.parse(outcome.text()));
        if (!after.isValid()) {
            String why = checker.check(text, entry.file(), null).diagnostics().stream()
                    .filter(d -> d.code().id().startsWith("yaml-")).map(Diagnostic::message).findFirst().orElse("no YAML diagnostic");
            return "still not strict YAML after " + outcome.applied().size() + " fix(es): " + why;
        }
        if (!AgentDocument.parse(outcome.text()).bodyText().equals(AgentDocument.parse(text).bodyText())) {
            return "the body changed";
        }
        YamlMapping keys = after.mapping().orElseThrow();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String now = keys.value(e.getKey()).filter(YamlScalar.class::isInstance).map(v -> ((YamlScalar) v).value()).orElse(null);
            if (!e.getValue().equals(now)) {
                return "'" + e.getKey() + "' reads '" + now + "', written '" + e.getValue() + "'";
            }
        }
        return null;
    }

    /** Top-level one-line plain values, read from the lines themselves (not by a YAML parser that may refuse them). */
    private static Map<String, String> oneLineValues(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 1; i < lines.size() && !lines.get(i).startsWith("---"); i++) {
            var m = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9_-]*): (\\S.*)").matcher(lines.get(i));
            boolean continued = i + 1 < lines.size() && !lines.get(i + 1).startsWith("---") && !lines.get(i + 1).matches("[A-Za-z][A-Za-z0-9_-]*:.*");
            if (m.matches() && !continued && "'\"|>[{&*!#%@`".indexOf(m.group(2).charAt(0)) < 0 && !m.group(2).contains(" #")) {
                values.put(m.group(1), m.group(2).strip());
            }
        }
        return values;
    }

}
