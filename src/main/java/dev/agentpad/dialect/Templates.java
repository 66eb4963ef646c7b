package dev.agentpad.dialect;

import dev.agentpad.resources.Resources;


/** A starting text for a new file of each dialect, shipped under {@code dev/agentpad/templates/}. */
public final class Templates {

    private Templates() {
    }

    public static String forDialect(Dialect dialect) {
        return Resources.text("/dev/agentpad/templates/" + dialect.id() + ".md").orElse("---\ndescription: \n---\n");
    }
}
