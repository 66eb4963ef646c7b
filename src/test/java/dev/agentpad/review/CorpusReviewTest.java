package dev.agentpad.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every corpus agent against a copy changed in one known way: the review reports exactly that change. */
class CorpusReviewTest {

    private final Checker checker = Checker.standard();
    private final Equivalents equivalents = Equivalents.standard();

    private Review review(Corpus.Entry entry, String before, String after) {
        CheckResult a = checker.check(before, entry.file(), null);
        CheckResult b = checker.check(after, entry.file(), null);
        return Review.of(Review.Version.of("before", a), Review.Version.of("after", b), equivalents);
    }

    private static List<String> changed(Review r) {
        return r.fields().stream().filter(f -> f.mark() != FieldChange.Mark.UNCHANGED).map(f -> f.key() + " " + f.mark().words()).toList();
    }

    @Test
    void eachMutationIsReportedAndNothingElse() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            String text = entry.read();
            AgentDocument doc = AgentDocument.parse(text);
            var fm = dev.agentpad.yaml.FrontMatterReader.read(doc);
            if (!fm.isValid() || !fm.isPresent() || fm.mapping().orElseThrow().entries().isEmpty()) {
                continue;
            }
            tried++;
            YamlEntry first = fm.mapping().orElseThrow().entries().get(0);
            String key = first.name();

            String bodyEdited = text + (text.endsWith("\n") ? "" : "\n") + "One more rule added in review.\n";
            Review body = review(entry, text, bodyEdited);
            if (!changed(body).isEmpty() || body.body().hunks().size() != 1) {
                wrong.add(entry.relativePath() + " body: " + changed(body) + ", " + body.body().hunks().size() + " hunks");
            }

            String added = apply(doc, FrontMatterEditor.set(doc, "x-review-note", new NewValue.Text("added by the test")));
            Review add = review(entry, text, added);
            if (!changed(add).equals(List.of("x-review-note added")) || add.body().changed()) {
                wrong.add(entry.relativePath() + " add: " + changed(add));
            }

            String removed = apply(doc, FrontMatterEditor.remove(doc, key));
            Review remove = review(entry, text, removed);
            if (!changed(remove).equals(List.of(key + " removed"))) {
                wrong.add(entry.relativePath() + " remove " + key + ": " + changed(remove));
            }

            if (first.value() instanceof YamlScalar s && s.kind() == dev.agentpad.yaml.ScalarKind.STRING && !s.value().contains("\n")) {
                String requoted = text.substring(0, s.range().start()) + "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                        + text.substring(s.range().end());
                Review quote = review(entry, text, requoted);
                if (!quote.fields().stream().filter(f -> f.key().equals(key)).allMatch(f -> f.mark() != FieldChange.Mark.CHANGED)
                        || quote.changesMeaning()) {
                    wrong.add(entry.relativePath() + " requote " + key + ": " + changed(quote));
                }
            }
        }
        assertThat(tried).isGreaterThan(400);
        assertThat(wrong).isEmpty();
    }

    private static String apply(AgentDocument doc, EditResult result) {
        return result.applyTo(doc.text());
    }
}
