package dev.agentpad.dialect;

/** Where a tool takes an agent's name from. */
public enum NameSource {
    /** The {@code name} key only (Claude Code). */
    KEY,
    /** The path under the {@code agent/} folder without {@code .md}; a {@code name} key overrides (opencode). */
    AGENT_FOLDER_PATH,
    /** The file name without {@code .agent.md} or {@code .md}; a {@code name} key overrides (Copilot). */
    FILE_NAME,
    /** The {@code name} key, which must equal the skill's folder name (Claude skills). */
    KEY_MATCHING_FOLDER;

    public static NameSource fromData(String name) {
        return valueOf(name.trim().toUpperCase().replace('-', '_'));
    }
}
