package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import java.util.Optional;

/**
 * The front matter of one document as read: a mapping (possibly empty), or the error that stopped reading.
 * A document without front matter reads as an empty mapping with {@link #isPresent()} false.
 */
public final class FrontMatter {

    private final AgentDocument document;
    private final YamlMapping mapping;
    private final YamlError error;

    private FrontMatter(AgentDocument document, YamlMapping mapping, YamlError error) {
        this.document = document;
        this.mapping = mapping;
        this.error = error;
    }

    static FrontMatter of(AgentDocument document, YamlMapping mapping) {
        return new FrontMatter(document, mapping, null);
    }

    static FrontMatter failed(AgentDocument document, YamlError error) {
        return new FrontMatter(document, null, error);
    }

    public AgentDocument document() {
        return document;
    }

    public boolean isPresent() {
        return document.hasFrontMatter();
    }

    public boolean isValid() {
        return error == null;
    }

    /** The top-level mapping; empty when the front matter is invalid. */
    public Optional<YamlMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    public Optional<YamlError> error() {
        return Optional.ofNullable(error);
    }

    /** Raw text of a node exactly as written in the file. */
    public String raw(YamlNode node) {
        return node.range().of(document.text());
    }
}
