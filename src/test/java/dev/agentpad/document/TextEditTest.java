package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets carried through an edit, as the caret is when a file is reloaded from disk. */
class TextEditTest {

    @Test
    void anOffsetBeforeTheEditStaysAfterItShiftsInsideItGoesToTheEndOfTheReplacement() {
        String before = "one\ntwo\nthree\n";
        TextEdit edit = new TextEdit(new TextRange(4, 7), "2\n2.5"); // "two" becomes "2\n2.5"
        String after = edit.applyTo(before);
        assertThat(after).isEqualTo("one\n2\n2.5\nthree\n");
        assertThat(edit.map(2)).isEqualTo(2);
        assertThat(edit.map(4)).isEqualTo(4);
        assertThat(after.substring(edit.map(before.indexOf("three")))).startsWith("three");
        assertThat(edit.map(5)).isEqualTo(9);
        assertThat(edit.map(before.length())).isEqualTo(after.length());
    }
}
