package dev.agentpad.yaml;

/**
 * Turns SnakeYAML mark indices, which count code points, into Java string offsets, which count UTF-16
 * units. They differ after any character outside the Basic Multilingual Plane (an emoji).
 */
final class CodePointOffsets {

    private final int base;
    private final int[] utf16; // null when the text has no surrogate pairs: then the two counts agree

    CodePointOffsets(String text, int base) {
        this.base = base;
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16 = null;
            return;
        }
        utf16 = new int[codePoints + 1];
        int offset = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            utf16[cp] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        utf16[codePoints] = offset;
    }

    int toOffset(int codePointIndex) {
        if (utf16 == null) {
            return base + codePointIndex;
        }
        return base + utf16[Math.min(codePointIndex, utf16.length - 1)];
    }
}
