package dev.agentpad.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a file's bytes were written: the charset and whether it began with a byte-order mark. Saving repeats both. */
public record Encoding(Charset charset, boolean byteOrderMark) {

    public static final Encoding UTF8 = new Encoding(StandardCharsets.UTF_8, false);

    /** A short name for the status bar, such as "UTF-8" or "UTF-8 BOM". */
    public String label() {
        return charset.name() + (byteOrderMark ? " BOM" : "");
    }
}
