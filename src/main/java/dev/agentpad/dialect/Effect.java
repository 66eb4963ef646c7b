package dev.agentpad.dialect;

/**
 * What the tool does with the file because of a problem, as data: the question a user asks first ("will it load?").
 * In order of harm; the worst effect of a file's problems is the tool's outcome for it.
 */
public enum Effect {
    /** The tool reads the file as written; the problem is advice (portability, style, a strict reader elsewhere). */
    WORKS("works"),
    /** The tool ignores the key or value (or drops the tool name) and loads the rest. */
    KEY_IGNORED("key ignored"),
    /** The tool loads the agent but reads something other than what was written (a description cut short). */
    MISREAD("misread"),
    /** The tool loads the agent, but it refuses to run when asked (Claude Code, tools that resolve to nothing). */
    REFUSES_TO_LAUNCH("refuses to launch"),
    /** The tool loads a placeholder in its place: the file name, a generic description, every tool. */
    LOADED_AS_PLACEHOLDER("loaded as a placeholder"),
    /** The tool skips the agent, usually without a word. */
    NOT_LOADED("not loaded"),
    /** The tool stops at start-up: no agent works until the file is fixed (opencode). */
    REFUSES_TO_START("refuses to start");

    private final String words;

    Effect(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** True for the effects that keep the agent from doing what its file says: dropped, misread, stopped. */
    public boolean isHarmful() {
        return compareTo(KEY_IGNORED) > 0;
    }

    public static Effect fromData(String name) {
        return name == null ? null : valueOf(name.trim().toUpperCase().replace('-', '_').replace(' ', '_'));
    }
}
