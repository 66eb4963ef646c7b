package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;

/** A reference {@code *name} to an anchored node; {@code range} is the reference itself, not the anchor. */
public record YamlAlias(YamlNode target, TextRange range) implements YamlNode {

    @Override
    public String kindName() {
        return "alias";
    }
}
