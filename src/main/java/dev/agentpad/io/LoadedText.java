package dev.agentpad.io;

import java.nio.file.Path;

/** A file's text as decoded (without its byte-order mark) and the encoding to write it back with. */
public record LoadedText(Path path, String text, Encoding encoding) {
}
