package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextRange;
import dev.agentpad.form.FormModel;
import dev.agentpad.render.Highlighter;
import dev.agentpad.render.PreviewPage;
import dev.agentpad.render.StyleRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corpus files broken at random, the ways files really break (a byte changed, cut short, ': ' typed into a value, tabs,
 * stray quotes, lines shuffled): the reader, checker, highlighter, preview and form never throw, every range they
 * report lies inside the text, a fix's edit applies, and an unchanged document reads back byte for byte. A longer run
 * is one property away: {@code mvn test -Dtest=FuzzTest -Dfuzz.cases=50000}.
 */
class FuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);

    @Test
    void mutatedCorpusFilesNeverBreakTheEngine() {
        List<String> texts = Corpus.entries().stream().map(Corpus.Entry::read).toList();
        Checker checker = Checker.standard();
        Random random = new Random(20261130L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 5; i++) {
            String original = texts.get(random.nextInt(texts.size()));
            String mutated = Mutations.mutate(original, random);
            try {
                verify(checker, mutated, i % 3 == 0 ? "x/.claude/agents/a.md" : i % 3 == 1 ? "x/.opencode/agent/a.md" : "x/a.agent.md");
            } catch (Throwable t) {
                failures.add("case " + i + ": " + t + "\n--- text ---\n" + mutated.substring(0, Math.min(600, mutated.length())));
            }
        }
        assertThat(failures).as(CASES + " mutated files").isEmpty();
    }

    private static void verify(Checker checker, String text, String path) {
        AgentDocument doc = AgentDocument.parse(text);
        assertThat(doc.text()).isEqualTo(text);
        CheckResult result = checker.check(text, java.nio.file.Path.of(path), null);
        for (Diagnostic d : result.diagnostics()) {
            inside(d.range(), text, d.code().id());
            assertThat(d.effect()).isNotNull();
            if (d.fix() != null) {
                inside(d.fix().edit().range(), text, "fix of " + d.code().id());
                d.fix().edit().applyTo(text);
            }
        }
        List<StyleRun> runs = Highlighter.highlight(result.document(), result.diagnostics());
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).as("style runs cover the text").isEqualTo(text.length());
        assertThat(PreviewPage.render(result, "a.md", true)).contains("</html>");
        FormModel.of(result);
    }

    private static void inside(TextRange range, String text, String what) {
        assertThat(range.end()).as(what + " " + range + " inside a text of " + text.length()).isLessThanOrEqualTo(text.length());
    }
}
