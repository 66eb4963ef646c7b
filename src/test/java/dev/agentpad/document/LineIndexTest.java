package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The longest line, which decides whether a file is refused and whether the current line is marked. */
class LineIndexTest {

    @Test
    void theLongestLineIsCountedWithoutItsLineBreakWhateverTheLineEndings() {
        assertThat(LineIndex.longestLine("")).isZero();
        assertThat(LineIndex.longestLine("abc")).isEqualTo(3);
        assertThat(LineIndex.longestLine("ab\nabcd\nabc\n")).isEqualTo(4);
        assertThat(LineIndex.longestLine("ab\r\nabcde\r\n")).isEqualTo(5);
        assertThat(LineIndex.longestLine("a\rabcdef\rab")).isEqualTo(6);
        assertThat(LineIndex.longestLine("a\n\n\nabcdefg")).as("the last line, without a break after it").isEqualTo(7);
        assertThat(LineIndex.longestLine(new StringBuilder("xy\nxyz"))).isEqualTo(3);
    }

    @Test
    void aLineOfAMillionCharactersIsMeasured() {
        assertThat(LineIndex.longestLine("short\n" + "x".repeat(1_000_000) + "\nshort")).isEqualTo(1_000_000);
    }
}
