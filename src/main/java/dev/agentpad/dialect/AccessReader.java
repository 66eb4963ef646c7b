package dev.agentpad.dialect;

import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what an agent may do from its front matter, by the roles of its keys: a tools list (leaving it out means
 * every tool), denied tools, opencode's tool switches and its permission rules, applied in the order the tools
 * apply them. Where a value cannot be read for sure, the reading errs towards less power for the original (so a
 * conversion never writes more than it) and towards more for a converted file (so the comparison never misses).
 */
public final class AccessReader {

    private final Equivalents eq;
    private final Dialect dialect;
    private Action otherwise = Action.ALLOW;
    private final Map<String, Grant> grants = new LinkedHashMap<>();
    private final Map<String, Action> named = new LinkedHashMap<>();

    private AccessReader(Dialect dialect, Equivalents eq) {
        this.dialect = dialect;
        this.eq = eq;
    }

    public static Access read(Dialect dialect, YamlMapping keys, Equivalents eq) {
        AccessReader reader = new AccessReader(dialect, eq);
        value(dialect, keys, Role.TOOLS).ifPresent(reader::allowList);
        value(dialect, keys, Role.TOOL_SWITCHES).ifPresent(reader::switches);
        value(dialect, keys, Role.PERMISSIONS).ifPresent(reader::permissions);
        value(dialect, keys, Role.DENIED_TOOLS).ifPresent(reader::denyList);
        return new Access(reader.otherwise, reader.grants, reader.named);
    }

    private static Optional<YamlNode> value(Dialect dialect, YamlMapping keys, Role role) {
        return dialect.field(role).flatMap(f -> keys.value(f.key()));
    }

    /** Only the tools listed; {@code *} lists them all. */
    private void allowList(YamlNode value) {
        everything(Action.DENY);
        for (String item : ToolList.items(value)) {
            if (item.equals("*")) {
                everything(Action.ALLOW);
                continue;
            }
            String base = ToolList.baseName(item);
            Optional<String> limits = arguments(item);
            Set<String> caps = eq.capabilitiesOf(dialect, base);
            if (caps.isEmpty()) {
                named.put(toolName(item), Action.ALLOW);
            }
            for (String cap : caps) {
                if (limits.isEmpty()) {
                    grants.put(cap, new Grant.Whole(Action.ALLOW));
                } else if (!grant(cap).equals(new Grant.Whole(Action.ALLOW))) {
                    grants.put(cap, limited(cap, item, limits.get(), grant(cap)));
                }
            }
        }
    }

    /** A tool listed with limits: command patterns where every dialect can state them, else limits only this one can. */
    private Grant limited(String cap, String item, String limits, Grant before) {
        if (eq.hasPatterns(cap)) {
            List<CommandRule> rules = new ArrayList<>(before instanceof Grant.Commands c ? c.rules() : List.of());
            rules.add(new CommandRule(ClaudePatterns.toGlob(limits), Action.ALLOW));
            return new Grant.Commands(rules, before instanceof Grant.Commands c ? c.fallback() : Action.DENY);
        }
        return before instanceof Grant.Limited l ? new Grant.Limited(l.asWritten() + ", " + item) : new Grant.Limited(item);
    }

    /** Claude's denied tools win over everything listed: a denied command pattern is a last rule. */
    private void denyList(YamlNode value) {
        for (String item : ToolList.items(value)) {
            String base = ToolList.baseName(item);
            Optional<String> limits = arguments(item);
            Set<String> caps = eq.capabilitiesOf(dialect, base);
            if (caps.isEmpty()) {
                named.put(toolName(item), Action.DENY);
            }
            for (String cap : caps) {
                Grant before = grant(cap);
                if (limits.isPresent() && eq.hasPatterns(cap) && !(before instanceof Grant.Limited)) {
                    List<CommandRule> rules = new ArrayList<>(before instanceof Grant.Commands c ? c.rules() : List.of());
                    rules.add(new CommandRule(ClaudePatterns.toGlob(limits.get()), Action.DENY));
                    grants.put(cap, new Grant.Commands(rules, before instanceof Grant.Commands c ? c.fallback() : before.actionFor("")));
                } else {
                    grants.put(cap, new Grant.Whole(Action.DENY)); // a partial denial read as a whole one: never more power
                }
            }
        }
    }

    /** opencode's {@code tools: {bash: false, "*": true}}: later entries win. */
    private void switches(YamlNode value) {
        if (!(value instanceof YamlMapping map)) {
            return;
        }
        for (YamlEntry e : map.entries()) {
            Action action = e.value() instanceof YamlScalar s && s.value().equals("false") ? Action.DENY : Action.ALLOW;
            applyToKey(checkedAs(e.name()), new Grant.Whole(action));
        }
    }

    /** opencode's {@code permission}: one action for all, or per key an action or pattern rules; the last match wins. */
    private void permissions(YamlNode value) {
        if (value instanceof YamlScalar s) {
            everything(actionOf(s));
            return;
        }
        if (!(value instanceof YamlMapping map)) {
            return;
        }
        for (YamlEntry e : map.entries()) {
            if (e.value() instanceof YamlScalar s) {
                applyToKey(e.name(), new Grant.Whole(actionOf(s)));
            } else if (e.value() instanceof YamlMapping patterns) {
                List<CommandRule> rules = new ArrayList<>();
                for (YamlEntry rule : patterns.entries()) {
                    rules.add(new CommandRule(rule.name(), rule.value() instanceof YamlScalar a ? actionOf(a) : Action.ALLOW));
                }
                for (String cap : capsOrNamed(e.name())) {
                    Grant before = grant(cap);
                    List<CommandRule> all = new ArrayList<>(before instanceof Grant.Commands c ? c.rules() : List.of());
                    all.addAll(rules);
                    grants.put(cap, new Grant.Commands(all, before instanceof Grant.Commands c ? c.fallback() : before.actionFor("")));
                }
            }
        }
    }

    /** The permission a tool switch sets: opencode sets 'edit' for write and patch (agent.ts). */
    private String checkedAs(String key) {
        return dialect.field(Role.PERMISSIONS).map(f -> f.permissions().neverMatch().getOrDefault(key, key)).orElse(key);
    }

    private void applyToKey(String key, Grant grant) {
        if (key.equals("*")) {
            everything(grant.actionFor(""));
            return;
        }
        Set<String> caps = eq.capabilitiesOf(dialect, key);
        if (caps.isEmpty()) {
            named.put(dialect.id() + "/" + key, grant.actionFor(""));
        }
        caps.forEach(cap -> grants.put(cap, grant));
    }

    private List<String> capsOrNamed(String key) {
        Set<String> caps = eq.capabilitiesOf(dialect, key);
        if (caps.isEmpty()) {
            named.put(dialect.id() + "/" + key, Action.ALLOW); // pattern rules on an unknown key: read as the most it could allow
        }
        return List.copyOf(caps);
    }

    private void everything(Action action) {
        otherwise = action;
        grants.clear();
        named.clear();
    }

    private Grant grant(String cap) {
        return grants.getOrDefault(cap, new Grant.Whole(otherwise));
    }

    /** An action word; anything else is read as allow (opencode refuses such a file; reading it as allow misses nothing). */
    private static Action actionOf(YamlScalar s) {
        return s.kind() == ScalarKind.STRING ? Action.of(s.value()).orElse(Action.ALLOW) : Action.ALLOW;
    }

    private static Optional<String> arguments(String item) {
        int open = item.indexOf('(');
        return open > 0 && item.endsWith(")") ? Optional.of(item.substring(open + 1, item.length() - 1)) : Optional.empty();
    }

    /** MCP tools in one form for every dialect (mcp/server/tool); any other tool as dialect/name. */
    private String toolName(String item) {
        return dialect.tools().mcpNames().flatMap(n -> n.read(item)).orElse(dialect.id() + "/" + item);
    }
}
