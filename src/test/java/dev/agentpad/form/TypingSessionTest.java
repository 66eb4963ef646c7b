package dev.agentpad.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.document.TextChange;
import dev.agentpad.yaml.EditResult;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typing in a form field, one keystroke at a time, as the window does it. */
class TypingSessionTest {

    private static final String AGENT = """
            ---
            name: reviewer
            description: Reviews code for bugs. # keep
            model: sonnet
            ---
            Body.
            """;

    private static FormField field(String text, String key) {
        return FormModel.of(Checker.standard().check(text, Path.of("r/.claude/agents/reviewer.md"), null)).field(key).orElseThrow();
    }

    /** Types {@code typed} one character at a time after {@code start}; returns the text and the undo step it makes. */
    private static String type(TypingSession session, String text, String key, String start, String typed, TextChange[] step) {
        FormField field = field(text, key);
        String current = text;
        for (int i = 1; i <= typed.length(); i++) {
            String value = start + typed.substring(0, i);
            EditResult result = session.edit(current, doc -> FormEdits.typing(doc, field, value));
            if (result instanceof EditResult.Change change) {
                TextChange c = new TextChange(change.edit().range().start(), change.edit().range().of(current), change.edit().replacement());
                step[0] = step[0] == null ? c : step[0].then(c).orElseThrow(() -> new AssertionError("not one undo step: " + c));
                current = change.edit().applyTo(current);
            }
        }
        return current;
    }

    @Test
    void aPlainValueStaysPlainThoughASpaceWasTypedOnTheWay() {
        TextChange[] step = new TextChange[1];
        String after = type(new TypingSession(), AGENT, "description", "Reviews code for bugs.", " And style.", step);
        assertThat(after).isEqualTo(AGENT.replace("bugs. # keep", "bugs. And style. # keep"));
        assertThat(step[0].applyTo(AGENT)).isEqualTo(after);
        assertThat(step[0].inverse().applyTo(after)).as("one undo step takes it all back").isEqualTo(AGENT);
    }

    @Test
    void aValueThatNeedsQuotesGetsThemAndLosesThemAgain() {
        TypingSession session = new TypingSession();
        TextChange[] step = new TextChange[1];
        String quoted = type(session, AGENT, "name", "", "a: b", step);
        assertThat(quoted).contains("name: 'a: b'\n");
        FormField name = field(AGENT, "name");
        EditResult back = session.edit(quoted, doc -> FormEdits.typing(doc, name, "ab"));
        assertThat(back.applyTo(quoted)).contains("name: ab\n");
    }

    @Test
    void editsMadeElsewhereMeanwhileAreKept() {
        TypingSession session = new TypingSession();
        FormField name = field(AGENT, "name");
        String first = session.edit(AGENT, doc -> FormEdits.typing(doc, name, "r")).applyTo(AGENT);
        String elsewhere = first.replace("Body.", "Body, changed in the editor.");
        String second = session.edit(elsewhere, doc -> FormEdits.typing(doc, name, "rx")).applyTo(elsewhere);
        assertThat(second).contains("name: rx\n").contains("Body, changed in the editor.");
    }

    @Test
    void leavingTheFieldEmptyRemovesTheKeyInTheSameStep() {
        TypingSession session = new TypingSession();
        TextChange[] step = new TextChange[1];
        FormField model = field(AGENT, "model");
        String cleared = AGENT;
        for (String value : new String[] {"sonne", ""}) {
            EditResult r = session.edit(cleared, doc -> FormEdits.typing(doc, model, value));
            cleared = fold(step, cleared, r);
        }
        assertThat(cleared).contains("model: ''\n");
        String removed = fold(step, cleared, session.edit(cleared, doc -> FormEdits.setText(doc, model, "")));
        assertThat(removed).doesNotContain("model");
        assertThat(step[0].inverse().applyTo(removed)).isEqualTo(AGENT);
    }

    private static String fold(TextChange[] step, String current, EditResult result) {
        EditResult.Change change = (EditResult.Change) result;
        TextChange c = new TextChange(change.edit().range().start(), change.edit().range().of(current), change.edit().replacement());
        step[0] = Optional.ofNullable(step[0]).map(s -> s.then(c).orElseThrow()).orElse(c);
        return change.edit().applyTo(current);
    }
}
