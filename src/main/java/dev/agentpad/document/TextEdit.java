package dev.agentpad.document;

/** One replacement of a text range: the unit every surgical change to a document is made of. */
public record TextEdit(TextRange range, String replacement) {

    public static TextEdit insert(int at, String text) {
        return new TextEdit(TextRange.empty(at), text);
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range, "");
    }

    public String applyTo(String text) {
        return text.substring(0, range.start()) + replacement + text.substring(range.end());
    }
}
