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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corpus files broken at random, the ways files really break (a byte changed, cut short, ': ' typed into a value, tabs,
 * stray quotes, lines shuffled): the reader, checker, highlighter, preview and form never throw, every range they
 * report lies inside the text, a fix's edit applies, and an unchanged document reads back byte for byte. A longer run
 * is one property away: {@code mvn test -Dtest=FuzzTest -Dfuzz.cases=50000}.
 */
public class FuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);

    @Test
    void mutatedCorpusFilesNeverBreakTheEngine() {
        List<String> texts = Corpus.entries().stream().map(Corpus.Entry::read).toList();
        Checker checker = Checker.standard();
        Random random = new Random(20261130L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 5; i++) {
            String original = texts.get(random.nextInt(texts.size()));
            String mutated = mutate(original, random);
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

    public static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(8)) {
                case 0 -> s.setCharAt(at, (char) (random.nextInt(0x80) == 0 ? 0 : 32 + random.nextInt(0x2500)));
                case 1 -> s.setLength(at);
                case 2 -> s.insert(at, ": ");
                case 3 -> s.insert(at, '\t');
                case 4 -> s.insert(at, random.nextBoolean() ? '"' : '\'');
                case 5 -> s.insert(at, random.nextBoolean() ? "\n" : "\r\n");
                case 6 -> s.insert(at, random.nextBoolean() ? "---\n" : "<example>");
                default -> {
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    int a = random.nextInt(Math.min(lines.size(), 12));
                    int b = random.nextInt(Math.min(lines.size(), 12));
                    Collections.swap(lines, a, b);
                    s = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return s.toString();
    }
}
