package dev.agentpad.dialect;

/** The shape a front-matter key's value must have. Names are those used in the dialect data files. */
public enum FieldType {
    /** One line of text. */
    STRING,
    /** Text that may span lines (descriptions, prompts). */
    TEXT,
    /** One of the field's {@code values}. */
    ENUM,
    /** Any number, optionally within min..max. */
    NUMBER,
    /** A whole number, optionally within min..max. */
    INTEGER,
    /** {@code true} or {@code false}, unquoted. */
    BOOLEAN,
    /** A list of strings. */
    STRING_LIST,
    /** A comma-separated string or a list of strings. */
    COMMA_OR_LIST,
    /** Any map. */
    MAP,
    /** A map of tool name to boolean (opencode's deprecated {@code tools}). */
    TOOL_MAP,
    /** opencode's {@code permission}: an action, or a map of key to action or to pattern rules. */
    PERMISSION,
    /** A colour: a hex {@code pattern} and/or named {@code values}. */
    COLOR,
    /** A list of maps with required, optional and unique keys (Copilot's handoffs): see {@link FieldSpec#items()}. */
    LIST_OF_MAPS,
    /** Anything; only present for documentation. */
    ANY;

    public static FieldType fromData(String name) {
        return valueOf(name.trim().toUpperCase().replace('-', '_'));
    }
}
