package dev.agentpad.yaml;

/**
 * What a YAML 1.1 parser (SnakeYAML, the strictest common reader) resolves a scalar to. A quoted or block
 * scalar is always {@link #STRING}; a plain one may resolve to another type ({@code no} is a boolean).
 */
public enum ScalarKind {
    STRING, BOOLEAN, INTEGER, FLOAT, NULL, TIMESTAMP, OTHER
}
