package dev.agentpad.yaml;

import dev.agentpad.document.TextEdit;

/** What a requested front-matter change comes to: one text edit, nothing to do, or a refusal with the reason. */
public sealed interface EditResult {

    record Change(TextEdit edit) implements EditResult {
    }

    record Unchanged() implements EditResult {
    }

    record Refused(String reason) implements EditResult {
    }

    /** Applies the result to {@code text}; a refusal throws with its reason. */
    default String applyTo(String text) {
        if (this instanceof Change c) {
            return c.edit().applyTo(text);
        }
        if (this instanceof Refused r) {
            throw new IllegalStateException(r.reason());
        }
        return text;
    }
}
