package dev.agentpad.document;

/** A half-open span {@code [start, end)} of a text, in UTF-16 code units (Java string indices). */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static TextRange empty(int at) {
        return new TextRange(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
