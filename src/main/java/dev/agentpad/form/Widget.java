package dev.agentpad.form;

/** The control a field is edited with. */
public enum Widget {
    /** One line of text. */
    TEXT,
    /** Text over several lines, with a character count (descriptions). */
    MULTILINE,
    /** One of a fixed list. */
    CHOICE,
    /** One of a list of known values, or anything typed. */
    EDITABLE_CHOICE,
    /** A number; with a slider when the field has a range. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** On or off. */
    TOGGLE,
    /** Names as chips. */
    LIST,
    /** The dialect's tools with their docs, plus free entry (MCP tools). */
    TOOLS,
    /** opencode permissions: tool to action, and ordered pattern rules. */
    PERMISSIONS,
    /** A colour the dialect accepts. */
    COLOR,
    /** The value's YAML as written: unknown keys and shapes the form has no control for. */
    RAW
}
