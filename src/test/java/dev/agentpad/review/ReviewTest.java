package dev.agentpad.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Equivalents;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review's reading of a change, meaning first. */
class ReviewTest {

    private static final String CLAUDE = "p/.claude/agents/reviewer.md";
    private static final String OPENCODE = "p/.opencode/agent/reviewer.md";

    static Review review(String path, String before, String after) {
        Checker checker = Checker.standard();
        return Review.of(Review.Version.of("before", checker.check(before, Path.of(path), null)),
                Review.Version.of("after", checker.check(after, Path.of(path), null)), Equivalents.standard());
    }

    private static FieldChange field(Review r, String key) {
        return r.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + r.fields()));
    }

    private static final String AGENT = """
            ---
            name: reviewer
            description: Reviews code for bugs.
            tools: Read, Grep
            model: sonnet
            ---
            You review code.
            """;

    @Test
    void rewritingWithoutChangingMeaningIsSameMeaning() {
        String after = """
                ---
                model: "sonnet"
                name: 'reviewer'
                description: >-
                  Reviews code
                  for bugs.
                tools: [Read, Grep]
                ---
                You review code.
                """;
        Review r = review(CLAUDE, AGENT, after);
        assertThat(r.fields()).extracting(f -> f.key() + " " + f.mark().words()).containsExactlyInAnyOrder(
                "model same meaning", "name same meaning", "description same meaning", "tools same meaning", "(key order) same meaning");
        assertThat(r.changesMeaning()).isFalse();
    }

    @Test
    void listsChangeAsSetsAndTheAgentGainsPower() {
        Review r = review(CLAUDE, AGENT, AGENT.replace("tools: Read, Grep", "tools: Read, WebFetch, Bash"));
        assertThat(field(r, "tools").details()).containsExactly("+ WebFetch", "+ Bash", "- Grep");
        assertThat(r.gains()).anySatisfy(g -> assertThat(g).startsWith("bash")).anySatisfy(g -> assertThat(g).startsWith("webfetch"));
        assertThat(r.losses()).anySatisfy(l -> assertThat(l).startsWith("grep"));
        assertThat(r.changesMeaning()).isTrue();
    }

    @Test
    void aRenamedKeyIsOneRemovedAndOneAdded() {
        Review r = review(CLAUDE, AGENT.replace("model:", "modle:"), AGENT);
        assertThat(field(r, "modle").mark()).isEqualTo(FieldChange.Mark.REMOVED);
        assertThat(field(r, "model").mark()).isEqualTo(FieldChange.Mark.ADDED);
        assertThat(r.fixed()).anySatisfy(d -> assertThat(d.code().id()).isEqualTo("key-unknown"));
    }

    @Test
    void aReorderOfPermissionRulesThatChangesTheWinnerIsAChange() {
        String before = "---\ndescription: x\npermission:\n  bash:\n    \"*\": deny\n    \"git *\": allow\n---\nB\n";
        String swapped = "---\ndescription: x\npermission:\n  bash:\n    \"git *\": allow\n    \"*\": deny\n---\nB\n";
        Review r = review(OPENCODE, before, swapped);
        FieldChange permission = field(r, "permission");
        assertThat(permission.mark()).isEqualTo(FieldChange.Mark.CHANGED);
        assertThat(permission.details()).contains("bash: rules in another order (the last match wins): this changes which rule wins");
        assertThat(r.losses()).anySatisfy(l -> assertThat(l).startsWith("bash 'git"));

        String two = "---\ndescription: x\npermission:\n  bash:\n    \"ls *\": allow\n    \"git *\": allow\n---\nB\n";
        String twoSwapped = "---\ndescription: x\npermission:\n  bash:\n    \"git *\": allow\n    \"ls *\": allow\n---\nB\n";
        assertThat(field(review(OPENCODE, two, twoSwapped), "permission").mark()).as("no winner changes").isEqualTo(FieldChange.Mark.SAME_MEANING);
    }

    @Test
    void aLongDescriptionIsComparedWordByWord() {
        String before = AGENT.replace("Reviews code for bugs.", "Reviews code for bugs and style issues whenever a pull request is opened.");
        String after = AGENT.replace("Reviews code for bugs.", "Reviews code for bugs and security issues whenever a pull request is opened.");
        List<WordDiff.Piece> words = field(review(CLAUDE, before, after), "description").words();
        assertThat(words).extracting(p -> p.kind() + ":" + p.text()).contains("DELETED:style", "INSERTED:security");
    }

    @Test
    void theBodyIsComparedByLinesAndWordsAndEachChangeCanBeTakenBack() {
        String before = AGENT + "## Rules\nBe kind.\nBe brief.\n";
        String after = AGENT + "## Rules\nBe kind and exact.\nBe brief.\nCite lines.\n";
        Review r = review(CLAUDE, before, after);
        assertThat(r.body().rows()).extracting(row -> row.kind().name()).contains("CHANGED", "INSERTED");
        assertThat(r.body().hunks()).hasSize(2);
        List<Review.Change> changes = r.changes();
        assertThat(changes).extracting(Review.Change::title).containsExactly("prompt, line 9", "prompt, line 11");
        String firstBack = changes.get(0).revert().orElseThrow().applyTo(after);
        assertThat(firstBack).isEqualTo(AGENT + "## Rules\nBe kind.\nBe brief.\nCite lines.\n");
    }

    @Test
    void takingBackAFieldChangeRestoresItsOldLines() {
        String after = AGENT.replace("model: sonnet\n", "").replace("tools: Read, Grep", "tools: Read, Bash") + "";
        Review r = review(CLAUDE, AGENT, after.replace("---\nYou", "color: red\n---\nYou"));
        String now = r.after().result().document().text();
        for (Review.Change c : r.changes()) {
            now = review(CLAUDE, AGENT, now).changes().stream().filter(x -> x.title().equals(c.title())).findFirst().orElseThrow()
                    .revert().orElseThrow().applyTo(now);
        }
        assertThat(now).isEqualTo(AGENT);
    }

    @Test
    void aFlipToNotLoadingIsSaid() {
        Review r = review(CLAUDE, AGENT, AGENT.replace("Reviews code for bugs.", "Reviews code: bugs\n<example>user asks</example>"));
        assertThat(r.loadFlip()).hasValueSatisfying(f -> assertThat(f).startsWith("Claude Code will no longer load this agent"));
        assertThat(r.introduced()).isNotEmpty();
    }
}
