package dev.agentpad.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value to write into the front matter, with what it must read back as. */
public sealed interface NewValue {

    /** True when {@code node} already holds this value, so writing it would change nothing a tool sees. */
    boolean matches(YamlNode node);

    /** Text that must read back as exactly this string (quoted or block-styled as needed). */
    record Text(String text) implements NewValue {
        @Override
        public boolean matches(YamlNode node) {
            return node instanceof YamlScalar s && s.kind() == ScalarKind.STRING && s.value().equals(text);
        }
    }

    /** A plain scalar of another type, such as {@code 0.2} or {@code true}, written as is. */
    record Typed(String plain, ScalarKind kind) implements NewValue {
        @Override
        public boolean matches(YamlNode node) {
            return node instanceof YamlScalar s && s.kind() == kind && s.style() == ScalarStyle.PLAIN
                    && s.value().equals(plain);
        }
    }

    /** A list of strings. */
    record TextList(List<String> items) implements NewValue {
        public TextList {
            items = List.copyOf(items);
        }

        @Override
        public boolean matches(YamlNode node) {
            if (!(node instanceof YamlSequence seq) || seq.items().size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!new Text(items.get(i)).matches(seq.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A map of keys to values (nested as deep as needed), such as opencode's permission rules; order is kept. */
    record Mapping(Map<String, NewValue> entries) implements NewValue {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public boolean matches(YamlNode node) {
            if (!(node instanceof YamlMapping map) || map.entries().size() != entries.size()) {
                return false;
            }
            int i = 0;
            for (Map.Entry<String, NewValue> e : entries.entrySet()) {
                YamlEntry actual = map.entries().get(i++);
                if (!actual.name().equals(e.getKey()) || !e.getValue().matches(actual.value())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A map of names to booleans, such as opencode's {@code tools: {bash: false}}; order is kept. */
    record Flags(Map<String, Boolean> flags) implements NewValue {
        public Flags {
            flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        }

        /** The same value as a {@link Mapping} of unquoted booleans. */
        public Mapping asMapping() {
            Map<String, NewValue> entries = new LinkedHashMap<>();
            flags.forEach((name, on) -> entries.put(name, new Typed(on.toString(), ScalarKind.BOOLEAN)));
            return new Mapping(entries);
        }

        @Override
        public boolean matches(YamlNode node) {
            return asMapping().matches(node);
        }
    }
}
