package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;

/**
 * One {@code key: value} pair. {@code lines} covers every whole line the pair occupies, from the start of the
 * key's line to just past the terminator of the value's last line: what removing the key deletes.
 */
public record YamlEntry(YamlNode key, YamlNode value, TextRange lines) {

    /** The key as a tool reads it; a non-scalar key (rare, {@code ? [a]}) gives its kind in brackets. */
    public String name() {
        return key instanceof YamlScalar s ? s.value() : "[" + key.kindName() + "]";
    }
}
