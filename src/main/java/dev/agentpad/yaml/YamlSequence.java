package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;
import java.util.List;

/** A list, written in block ({@code - item} lines) or flow ({@code [a, b]}) style. */
public record YamlSequence(List<YamlNode> items, boolean flow, TextRange range) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "list";
    }
}
