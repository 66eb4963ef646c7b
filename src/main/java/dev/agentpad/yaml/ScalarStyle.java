package dev.agentpad.yaml;

/** How a scalar is written in the file. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
