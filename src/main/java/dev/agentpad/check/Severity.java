package dev.agentpad.check;

/**
 * How serious a problem is. Error: the tool refuses or silently drops the agent. Warning: it loads, but not
 * as the author meant. Info: advice (portability, style).
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case word used in command output: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase();
    }
}
