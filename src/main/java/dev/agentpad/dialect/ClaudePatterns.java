package dev.agentpad.dialect;

import java.util.Optional;

/**
 * Claude Code's command limits in tool names ({@code Bash(git diff:*)}) and the globs other dialects use for the same
 * thing ({@code "git diff*"}). {@code :*} at the end is a prefix match; a {@code *} elsewhere is any text; a limit
 * without one is the exact command (Claude Code sub-agents and permissions docs, v2.1.240).
 */
public final class ClaudePatterns {

    private ClaudePatterns() {
    }

    public static String toGlob(String limits) {
        return limits.endsWith(":*") ? limits.substring(0, limits.length() - 2) + "*" : limits;
    }

    /**
     * The limit Claude Code writes for a glob, when it means the same commands: a trailing {@code *} as a prefix
     * ({@code git diff:*}), a trailing {@code " *"} as itself, no wildcard as the exact command. Empty for a glob with
     * wildcards elsewhere, which a conversion then leaves out.
     */
    public static Optional<String> fromGlob(String glob) {
        if (glob.indexOf('?') >= 0) {
            return Optional.empty();
        }
        int star = glob.indexOf('*');
        if (star < 0) {
            return Optional.of(glob);
        }
        if (star != glob.length() - 1) {
            return Optional.empty();
        }
        if (glob.endsWith(" *")) {
            return Optional.of(glob);
        }
        return Optional.of(glob.substring(0, glob.length() - 1) + ":*");
    }
}
