package dev.agentpad.review;

import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * opencode's permission rules compared in order: actions changed, pattern rules added, removed or changed, and rules
 * moved. Since the last matching rule wins, a move can change what the agent may do; the caller says whether it did.
 */
final class PermissionRuleDiff {

    private PermissionRuleDiff() {
    }

    /** @param accessChanged whether the two versions let the agent do different things */
    static List<String> of(YamlNode before, YamlNode after, boolean accessChanged) {
        Map<String, Object> a = rules(before);
        Map<String, Object> b = rules(after);
        List<String> out = new ArrayList<>();
        Set<String> tools = new LinkedHashSet<>(a.keySet());
        tools.addAll(b.keySet());
        for (String tool : tools) {
            Object was = a.get(tool);
            Object now = b.get(tool);
            if (was == null) {
                out.add("+ " + tool + ": " + shown(now));
            } else if (now == null) {
                out.add("- " + tool + ": " + shown(was));
            } else if (was instanceof String w && now instanceof String n) {
                if (!w.equals(n)) {
                    out.add(tool + ": " + w + " -> " + n);
                }
            } else if (was instanceof Map<?, ?> w && now instanceof Map<?, ?> n) {
                patterns(tool, w, n, accessChanged, out);
            } else {
                out.add(tool + ": " + shown(was) + " -> " + shown(now));
            }
        }
        return out;
    }

    private static void patterns(String tool, Map<?, ?> was, Map<?, ?> now, boolean accessChanged, List<String> out) {
        for (Map.Entry<?, ?> e : now.entrySet()) {
            Object old = was.get(e.getKey());
            if (old == null) {
                out.add("+ " + tool + " \"" + e.getKey() + "\": " + e.getValue());
            } else if (!old.equals(e.getValue())) {
                out.add(tool + " \"" + e.getKey() + "\": " + old + " -> " + e.getValue());
            }
        }
        for (Map.Entry<?, ?> e : was.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add("- " + tool + " \"" + e.getKey() + "\": " + e.getValue());
            }
        }
        List<?> oldOrder = was.keySet().stream().filter(now::containsKey).toList();
        List<?> newOrder = now.keySet().stream().filter(was::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            out.add(tool + ": rules in another order (the last match wins): " + (accessChanged
                    ? "this changes which rule wins" : "the same rules still win"));
        }
    }

    /** Tool to action, or tool to an ordered map of pattern to action; a single action for everything is "*". */
    private static Map<String, Object> rules(YamlNode node) {
        Map<String, Object> rules = new LinkedHashMap<>();
        if (node instanceof YamlScalar s) {
            rules.put("*", s.value());
        } else if (node instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                if (e.value() instanceof YamlScalar s) {
                    rules.put(e.name(), s.value());
                } else if (e.value() instanceof YamlMapping patterns) {
                    Map<String, String> ordered = new LinkedHashMap<>();
                    patterns.entries().forEach(p -> ordered.put(p.name(), p.value() instanceof YamlScalar a ? a.value() : "?"));
                    rules.put(e.name(), ordered);
                }
            }
        }
        return rules;
    }

    private static String shown(Object rule) {
        if (rule instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(rule);
    }
}
