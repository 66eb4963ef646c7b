package dev.agentpad.check;

import dev.agentpad.document.Position;
import dev.agentpad.document.TextRange;
import java.util.Optional;

/**
 * One problem in an agent file: how serious, a stable code, a message in plain words that names the key and
 * the tool, the exact range (offsets and 1-based line:column of start and end), the key it concerns (or null)
 * and, where one exists, a fix.
 */
public record Diagnostic(Severity severity, Code code, String message, TextRange range, Position start, Position end,
                         String key, Fix fix) {

    public Optional<Fix> fixIfAny() {
        return Optional.ofNullable(fix);
    }
}
