package dev.agentpad.document;

/** A place in a text as people count it: 1-based line and 1-based column (UTF-16 code units). */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
