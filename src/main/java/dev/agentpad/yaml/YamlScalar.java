package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;

/**
 * A scalar: its decoded {@code value} (what a parser hands the tool), the style it is written in and what a
 * YAML 1.1 parser resolves it to. The raw text is {@code range().of(documentText)}.
 */
public record YamlScalar(String value, ScalarStyle style, ScalarKind kind, TextRange range) implements YamlNode {

    @Override
    public String kindName() {
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case INTEGER, FLOAT -> "number";
            case NULL -> "empty value";
            case TIMESTAMP -> "date";
            default -> "text";
        };
    }

    /** True for a value that is absent in the text ({@code key:} with nothing after it). */
    public boolean isEmptyNull() {
        return kind == ScalarKind.NULL && range.isEmpty();
    }
}
