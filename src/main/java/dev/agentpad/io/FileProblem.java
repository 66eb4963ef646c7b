package dev.agentpad.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be opened or saved, with a message fit to show a person. */
public final class FileProblem extends IOException {

    private final Path path;

    public FileProblem(Path path, String message) {
        super(message);
        this.path = path;
    }

    public FileProblem(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
