package dev.agentpad.check;

import dev.agentpad.dialect.Effect;
import dev.agentpad.document.Position;
import dev.agentpad.document.TextRange;
import java.util.Optional;

/**
 * One problem in an agent file: how serious, a stable code, a message in plain words that names the key and
 * the tool, the exact range (offsets and 1-based line:column of start and end), the key it concerns (or null),
 * what the tool does because of it ({@code effect}, for {@code tool}), and, where one exists, a fix.
 */
public record Diagnostic(Severity severity, Code code, String message, TextRange range, Position start, Position end,
                         String key, Fix fix, Effect effect, String tool) {

    public Optional<Fix> fixIfAny() {
        return Optional.ofNullable(fix);
    }

    /** "Claude Code: key ignored". */
    public String outcome() {
        return tool + ": " + effect.words();
    }
}
