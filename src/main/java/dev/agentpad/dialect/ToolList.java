package dev.agentpad.dialect;

import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in a tools value, whichever way a dialect writes them: a comma string ({@code Read, Bash(git:*)}), a list,
 * or a map of name to true/false (opencode).
 */
public final class ToolList {

    private ToolList() {
    }

    /** Every name as written, in file order; for a map, every key whether on or off. */
    public static List<String> items(YamlNode value) {
        List<String> names = new ArrayList<>();
        if (value instanceof YamlScalar s) {
            names.addAll(split(s.value()));
        } else if (value instanceof YamlSequence seq) {
            seq.items().stream().filter(YamlScalar.class::isInstance).map(i -> ((YamlScalar) i).value().strip())
                    .filter(n -> !n.isEmpty()).forEach(names::add);
        } else if (value instanceof YamlMapping map) {
            map.entries().forEach(e -> names.add(e.name()));
        }
        return names;
    }

    /** For a map of booleans, the names switched off; empty for other shapes. */
    public static List<String> switchedOff(YamlNode value) {
        if (!(value instanceof YamlMapping map)) {
            return List.of();
        }
        return map.entries().stream().filter(e -> e.value() instanceof YamlScalar s && s.value().equals("false"))
                .map(YamlEntry::name).toList();
    }

    /**
     * "Read, Grep , ,Bash" is Read, Grep, Bash; a comma inside parentheses belongs to its item, so
     * "Agent(worker, researcher), Read" is two items (Claude Code's allowlist of subagents, sub-agents docs v2.1.240).
     */
    public static List<String> split(String commaText) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < commaText.length(); i++) {
            char c = commaText.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(commaText.substring(start, i));
                start = i + 1;
            }
        }
        items.add(commaText.substring(start));
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code Bash(git diff:*)} is the tool Bash with arguments; the base name is what tool lists know. */
    public static String baseName(String item) {
        int paren = item.indexOf('(');
        return paren > 0 ? item.substring(0, paren) : item;
    }
}
