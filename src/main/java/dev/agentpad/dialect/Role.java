package dev.agentpad.dialect;

/**
 * What a key means, whatever it is called in a dialect: code that needs "the agent's tools" or "its model" asks the
 * dialect for the field with that role, so a new dialect is only data. Names are those used in the data files.
 */
public enum Role {
    /** The agent's name. */
    NAME,
    /** When to use the agent. */
    DESCRIPTION,
    /** The model the agent runs on. */
    MODEL,
    /** The agent's colour in the tool's UI. */
    COLOR,
    /** The tools the agent may use, as a list of names; leaving the key out means every tool. */
    TOOLS,
    /** Tools the agent may not use, as a list of names. */
    DENIED_TOOLS,
    /** Tools switched on or off by name, as a map of name to true or false (opencode's deprecated tools). */
    TOOL_SWITCHES,
    /** What the agent may do without asking: ask, allow or deny per tool, with ordered pattern rules (opencode). */
    PERMISSIONS,
    /** A key with no meaning AgentPad needs to know. */
    NONE;

    public static Role fromData(String name) {
        return name == null ? NONE : valueOf(name.trim().toUpperCase().replace('-', '_'));
    }

    /** True for the roles that say which tools an agent may use. */
    public boolean isAboutTools() {
        return this == TOOLS || this == DENIED_TOOLS || this == TOOL_SWITCHES || this == PERMISSIONS;
    }
}
