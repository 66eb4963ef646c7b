package dev.agentpad.dialect;

/** What a tool does with a front-matter key it does not know; the checker turns this into a severity. */
public enum UnknownKeys {
    /** Dropped without a word (Claude Code): the author's intent is lost. */
    IGNORED,
    /** Passed on to the model provider as an option (opencode): a typo is never reported. */
    PASSED_TO_MODEL,
    /** The whole agent is refused (Gemini CLI, Copilot CLI). */
    REFUSED;

    public static UnknownKeys fromData(String name) {
        return valueOf(name.trim().toUpperCase().replace('-', '_'));
    }
}
