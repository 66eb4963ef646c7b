package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Two changes folded into one undo step must take the text exactly where the two did, and back. */
class TextChangeTest {

    private static final String TEXT = "---\ndescription: Reviews code.\nmodel: sonnet\n---\nBody\n";

    private static TextChange replace(String text, int start, int end, String with) {
        return new TextChange(start, text.substring(start, end), with);
    }

    private static void assertFolds(String t0, TextChange a, TextChange b) {
        String t1 = a.applyTo(t0);
        String t2 = b.applyTo(t1);
        TextChange both = a.then(b).orElseThrow(() -> new AssertionError("expected " + a + " then " + b + " to fold"));
        assertThat(both.applyTo(t0)).isEqualTo(t2);
        assertThat(both.inverse().applyTo(t2)).isEqualTo(t0);
    }

    @Test
    void aValueReplacedTwiceIsOneChange() {
        int start = TEXT.indexOf("Reviews");
        TextChange first = replace(TEXT, start, start + "Reviews code.".length(), "Reviews code");
        String t1 = first.applyTo(TEXT);
        TextChange second = replace(t1, start, start + "Reviews code".length(), "Reviews code: bugs");
        assertFolds(TEXT, first, second);
    }

    @Test
    void aKeyAddedAndThenItsValueEditedIsOneChange() {
        int end = TEXT.indexOf("---\nBody");
        TextChange add = new TextChange(end, "", "color: red\n");
        String t1 = add.applyTo(TEXT);
        int value = t1.indexOf("red");
        TextChange edit = replace(t1, value, value + 3, "blue");
        assertFolds(TEXT, add, edit);
    }

    @Test
    void aValueEditedAndThenItsWholeLineRemovedIsOneChange() {
        int start = TEXT.indexOf("sonnet");
        TextChange edit = replace(TEXT, start, start + "sonnet".length(), "''");
        String t1 = edit.applyTo(TEXT);
        int line = t1.indexOf("model:");
        TextChange remove = replace(t1, line, t1.indexOf("---\nBody"), "");
        assertFolds(TEXT, edit, remove);
    }

    @Test
    void typingOnAndDeletingBackAreOneChange() {
        TextChange a = new TextChange(4, "", "a");
        assertFolds(TEXT, a, new TextChange(5, "", "b"));
        TextChange ab = new TextChange(4, "", "ab");
        assertFolds(TEXT, ab, new TextChange(5, "b", ""));
        TextChange deleteOne = replace(TEXT, 10, 11, "");
        assertFolds(TEXT, deleteOne, replace(deleteOne.applyTo(TEXT), 9, 10, ""));
    }

    @Test
    void changesApartStaySeparate() {
        TextChange first = new TextChange(4, "", "x");
        assertThat(first.then(new TextChange(20, "", "y"))).isEmpty();
        TextChange partly = new TextChange(4, "desc", "DESC");
        assertThat(partly.then(new TextChange(6, "SCript", "s"))).as("overlapping only in part").isEmpty();
    }

    @Test
    void anyFoldThatIsOfferedIsExact() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            String t0 = TEXT;
            int s1 = random.nextInt(t0.length());
            TextChange a = replace(t0, s1, Math.min(t0.length(), s1 + random.nextInt(6)), "ab".repeat(random.nextInt(3)));
            String t1 = a.applyTo(t0);
            int s2 = Math.max(0, Math.min(t1.length(), s1 + random.nextInt(9) - 4));
            TextChange b = replace(t1, s2, Math.min(t1.length(), s2 + random.nextInt(6)), "z".repeat(random.nextInt(3)));
            String t2 = b.applyTo(t1);
            a.then(b).ifPresent(both -> {
                assertThat(both.applyTo(t0)).as("%s then %s", a, b).isEqualTo(t2);
                assertThat(both.inverse().applyTo(t2)).isEqualTo(t0);
            });
        }
    }
}
