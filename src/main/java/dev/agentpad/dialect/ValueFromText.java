package dev.agentpad.dialect;

import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns text typed by a person (a CLI argument, a form field) into the value a key's field wants: a number for
 * {@code temperature=0.2}, a list or a comma string for tools in the shape the dialect wants and the file already
 * uses, a map of booleans for opencode's tools. Text that does not fit the type stays text, so nothing is lost
 * and the checker reports it.
 */
public final class ValueFromText {

    private ValueFromText() {
    }

    /** @param existing the key's current value, or null when the key is new */
    public static NewValue convert(FieldSpec spec, String text, YamlNode existing) {
        if (spec == null) {
            return new NewValue.Text(text);
        }
        String t = text.strip();
        return switch (spec.type()) {
            case NUMBER -> t.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")
                    ? new NewValue.Typed(t, t.matches("[-+]?[0-9]+") ? ScalarKind.INTEGER : ScalarKind.FLOAT)
                    : new NewValue.Text(text);
            case INTEGER -> t.matches("[-+]?[0-9]+") ? new NewValue.Typed(t, ScalarKind.INTEGER) : new NewValue.Text(text);
            case BOOLEAN -> t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")
                    ? new NewValue.Typed(t.toLowerCase(), ScalarKind.BOOLEAN) : new NewValue.Text(text);
            case STRING_LIST -> new NewValue.TextList(items(text));
            case COMMA_OR_LIST -> existing instanceof YamlSequence ? new NewValue.TextList(items(text)) : new NewValue.Text(text);
            case TOOL_MAP -> new NewValue.Flags(flags(text));
            default -> new NewValue.Text(text);
        };
    }

    static List<String> items(String text) {
        return ToolList.split(text);
    }

    /** "read, bash=false, !write" is read: true, bash: false, write: false. */
    static Map<String, Boolean> flags(String text) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String item : items(text)) {
            if (item.startsWith("!")) {
                flags.put(item.substring(1).strip(), false);
            } else if (item.contains("=")) {
                String[] kv = item.split("=", 2);
                flags.put(kv[0].strip(), !kv[1].strip().equalsIgnoreCase("false"));
            } else {
                flags.put(item, true);
            }
        }
        return flags;
    }
}
