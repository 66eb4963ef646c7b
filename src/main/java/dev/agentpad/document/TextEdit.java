package dev.agentpad.document;

/** One replacement of a text range: the unit every surgical change to a document is made of. */
public record TextEdit(TextRange range, String replacement) {

    public static TextEdit insert(int at, String text) {
        return new TextEdit(TextRange.empty(at), text);
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range, "");
    }

    /**
     * Where {@code offset} of the text before this edit lies after it: unmoved before the range, shifted by the change
     * in length after it, and at the end of the replacement when the range swallowed it.
     */
    public int map(int offset) {
        if (offset <= range.start()) {
            return offset;
        }
        if (offset >= range.end()) {
            return offset + replacement.length() - range.length();
        }
        return range.start() + replacement.length();
    }

    public String applyTo(String text) {
        return text.substring(0, range.start()) + replacement + text.substring(range.end());
    }
}
