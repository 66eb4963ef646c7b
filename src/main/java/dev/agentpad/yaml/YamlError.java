package dev.agentpad.yaml;

import dev.agentpad.document.Position;
import dev.agentpad.document.TextRange;

/** Why the front matter could not be read, what kind of problem it is, and where (offsets and 1-based line:column). */
public record YamlError(Kind kind, String message, TextRange range, Position position) {

    /** The kinds of failure, so callers need not read messages. */
    public enum Kind {
        /** The parser rejected the text. */
        SYNTAX,
        /** An opening fence and no closing one. */
        UNCLOSED,
        /** Valid YAML, but a list or text instead of a map. */
        NOT_A_MAP,
        /** Over a safety bound: size, alias count, nesting or number of values. */
        LIMIT
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
