package dev.agentpad.dialect;

/** The dialect chosen for a file and, in words, why: shown in the status bar and in {@code check --format json}. */
public record Detection(Dialect dialect, String reason) {
}
