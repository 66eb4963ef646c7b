package dev.agentpad.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Text files shipped inside the application (dialect data, templates, samples, stylesheets). */
public final class Resources {

    private Resources() {
    }

    /** The UTF-8 text of a bundled file, or empty when the build does not hold it. */
    public static Optional<String> text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a bundled file the application cannot work without. */
    public static String required(String path) {
        return text(path).orElseThrow(() -> new IllegalStateException(path + " is missing from the build"));
    }
}
