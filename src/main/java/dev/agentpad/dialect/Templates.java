package dev.agentpad.dialect;


/** A starting text for a new file of each dialect, shipped under {@code dev/agentpad/templates/}. */
public final class Templates {

    private Templates() {
    }

    public static String forDialect(Dialect dialect) {
        return dev.agentpad.Resources.text("/dev/agentpad/templates/" + dialect.id() + ".md").orElse("---\ndescription: \n---\n");
    }
}
