package dev.agentpad.check;

/** Stable diagnostic codes: scripts, suppressions and SARIF rules refer to them, so ids never change meaning. */
public enum Code {
    NO_FRONT_MATTER("no-front-matter", "The file has no front matter, so the tool cannot load it as an agent"),
    YAML_SYNTAX("yaml-syntax", "The front matter is not valid YAML"),
    YAML_UNCLOSED("yaml-unclosed", "The front matter has no closing --- line"),
    YAML_NOT_A_MAP("yaml-not-a-map", "The front matter is not a map of keys to values"),
    YAML_LIMIT("yaml-limit", "The front matter exceeds a safety limit (size, aliases, nesting)"),
    YAML_COLON_IN_PLAIN("yaml-colon-in-plain", "An unquoted value contains ': ', which strict YAML rejects"),
    YAML_TAB_INDENT("yaml-tab-indent", "Tabs used for indentation, which YAML forbids"),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", "The same key appears more than once"),
    YAML_HASH_VALUE("yaml-hash-value", "A value starting with # is read as a comment, leaving the key empty"),
    KEY_REQUIRED("key-required", "A key the tool requires is missing"),
    KEY_EMPTY("key-empty", "A key has no value"),
    KEY_TYPE("key-type", "A value has the wrong type or shape"),
    KEY_VALUE("key-value", "A value is not one the tool accepts"),
    KEY_PATTERN("key-pattern", "A value does not have the form the tool expects"),
    KEY_LENGTH("key-length", "A value is too short or too long"),
    KEY_RANGE("key-range", "A number is outside the accepted range"),
    KEY_QUOTED_BOOLEAN("key-quoted-boolean", "A quoted \"true\" or \"false\" is text, not a boolean"),
    KEY_YAML11_BOOLEAN("key-yaml11-boolean", "yes/no/on/off are booleans only in YAML 1.1"),
    KEY_DEPRECATED("key-deprecated", "A deprecated key"),
    KEY_UNKNOWN("key-unknown", "A key the tool does not know"),
    NAME_FOLDER("name-folder", "A skill's name differs from its folder name"),
    TOOL_UNKNOWN("tool-unknown", "A tool name the tool does not know"),
    TOOLS_RESOLVE_TO_NOTHING("tools-resolve-to-nothing", "No tool in the list is one the tool knows, so the agent refuses to launch"),
    KEY_IGNORED_HERE("key-ignored-here", "A key the tool ignores where this agent lives (a plugin) or for its target"),
    FILE_UNREADABLE("file-unreadable", "The file cannot be read as text"),
    COLOR_INVALID("color-invalid", "A colour the tool does not accept"),
    PERMISSION_ACTION("permission-action", "A permission that is not ask, allow or deny"),
    PERMISSION_SHAPE("permission-shape", "A permission rule of the wrong shape"),
    PERMISSION_NEVER_MATCHES("permission-never-matches", "A permission key the tool never checks, so its rule never applies"),
    FILE_LOCATION("file-location", "A file the tool skips or reads only from elsewhere (a legacy name, a name it ignores)"),
    PERMISSION_ORDER("permission-order", "A '*' rule after specific rules overrides them (the last match wins)"),
    HIDDEN_NOT_SUBAGENT("hidden-not-subagent", "hidden only affects subagents"),
    BODY_EMPTY("body-empty", "The prompt is empty"),
    BODY_TOO_LONG("body-too-long", "The prompt is longer than the tool accepts"),
    TAG_UNBALANCED("tag-unbalanced", "An XML-like tag in the prompt is not closed, or closes nothing"),
    PORTABILITY("portability", "A value that works here but would break another tool"),
    DUPLICATE_NAME("duplicate-name", "Two agents of one tool in this folder have the same name"),
    NAME_FILE_NAME("name-file-name", "The name key differs from the file name the tool would otherwise use"),
    MISSING_REFERENCE("missing-reference", "A key names an agent or skill that is not in this folder");

    private final String id;
    private final String summary;

    Code(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    @Override
    public String toString() {
        return id;
    }
}
