package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Incremental lexing gives exactly what lexing the whole text from the start gives, after any edit. */
class LexedLinesTest {

    private static final String AGENT = """
            ---
            name: reviewer
            description: |
              Reviews code.
              ---
              <example>keep</example>
            tools: [Read, Grep]
            ---
            # Role
            You review **code**.
            ```yaml
            ---
            key: value
            ```
            - item {{placeholder}}
            """;

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\\n", -1)));
    }

    private static List<LineLexer.State> fullStates(List<String> lines) {
        List<LineLexer.State> states = new ArrayList<>();
        LineLexer.State s = LineLexer.State.START;
        for (String line : lines) {
            states.add(s);
            s = LineLexer.lex(line, s).next();
        }
        states.add(s);
        return states;
    }

    @Test
    void aFenceOpenedByTypingReLexesUntilItClosesAndNoFurther() {
        List<String> lines = lines(AGENT);
        LexedLines lexed = new LexedLines();
        lexed.reset(lines.size());
        lexed.lexMore(Integer.MAX_VALUE, lines::get);
        int at = lines.indexOf("# Role");
        lines.add(at + 1, "```");
        List<LexedLines.Styled> styled = lexed.edited(at, 0, 1, lines::get);
        assertThat(styled).extracting(LexedLines.Styled::line)
                .as("up to the old fence's opening, which now sits inside the new one in the same state: the rest is as before")
                .containsExactly(at, at + 1, at + 2, at + 3);
        lines.set(at + 2, "You review **code**!");
        assertThat(lexed.edited(at + 2, 0, 0, lines::get)).extracting(LexedLines.Styled::line).as("one letter: one line")
                .containsExactly(at + 2);
    }

    @Test
    void theYamlBlockScalarHidesItsDashes() {
        List<String> lines = lines(AGENT);
        List<LineLexer.State> states = fullStates(lines);
        assertThat(states.get(lines.indexOf("  ---") + 1).region()).isEqualTo(LineLexer.Region.BLOCK_SCALAR);
        assertThat(states.get(lines.indexOf("# Role")).region()).isEqualTo(LineLexer.Region.BODY);
        assertThat(states.get(lines.indexOf("key: value")).region()).isEqualTo(LineLexer.Region.CODE_FENCE);
    }

    @Test
    void randomEditsKeepEveryStateEqualToAFullLex() {
        Random random = new Random(7);
        String[] pieces = {"---", "```", "~~~", "  more", "key: |", "# h", "text", "", "- item", "<example>", "  ---"};
        for (int round = 0; round < 300; round++) {
            List<String> lines = lines(AGENT);
            LexedLines lexed = new LexedLines();
            lexed.reset(lines.size());
            lexed.lexMore(random.nextInt(20), lines::get);
            for (int edit = 0; edit < 20; edit++) {
                int first = random.nextInt(lines.size());
                int removed = Math.min(random.nextInt(3), lines.size() - 1 - first);
                int inserted = random.nextInt(3);
                String firstLine = pieces[random.nextInt(pieces.length)];
                lines.set(first, firstLine);
                for (int i = 0; i < removed; i++) {
                    lines.remove(first + 1);
                }
                for (int i = 0; i < inserted; i++) {
                    lines.add(first + 1, pieces[random.nextInt(pieces.length)]);
                }
                lexed.edited(first, removed, inserted, lines::get);
                if (random.nextInt(4) == 0) {
                    lexed.lexMore(random.nextInt(10), lines::get);
                }
            }
            lexed.lexMore(Integer.MAX_VALUE, lines::get);
            List<LineLexer.State> expected = fullStates(lines);
            for (int i = 0; i <= lines.size(); i++) {
                assertThat(lexed.stateAt(i)).as("round %d, line %d of %s", round, i, lines).isEqualTo(expected.get(i));
            }
        }
    }
}
