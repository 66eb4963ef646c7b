package dev.agentpad.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A starting text for a new file of each dialect, shipped under {@code dev/agentpad/templates/}. */
public final class Templates {

    private Templates() {
    }

    public static String forDialect(Dialect dialect) {
        try (InputStream in = Templates.class.getResourceAsStream("/dev/agentpad/templates/" + dialect.id() + ".md")) {
            if (in == null) {
                return "---\ndescription: \n---\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
