package dev.agentpad.yaml;

import dev.agentpad.document.Position;
import dev.agentpad.document.TextRange;

/** Why the front matter could not be read, and where (document offsets and 1-based line:column). */
public record YamlError(String message, TextRange range, Position position) {

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
