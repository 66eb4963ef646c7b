package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;
import java.util.List;
import java.util.Optional;

/** A map of entries in file order; duplicate keys are kept, since checks report them. */
public record YamlMapping(List<YamlEntry> entries, boolean flow, TextRange range) implements YamlNode {

    /** No keys at all. */
    public static final YamlMapping EMPTY = new YamlMapping(List.of(), false, TextRange.empty(0));

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    @Override
    public String kindName() {
        return "map";
    }

    /** The entry a tool would use for {@code key}: the last one, as tools keep the last of duplicates. */
    public Optional<YamlEntry> entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).name().equals(key)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> value(String key) {
        return entry(key).map(YamlEntry::value);
    }

    public List<YamlEntry> entries(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).toList();
    }
}
