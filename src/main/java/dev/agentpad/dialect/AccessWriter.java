package dev.agentpad.dialect;

import dev.agentpad.yaml.NewValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes what an agent may do in another dialect's keys, never granting more: a tool is written only when the
 * original grants everything that tool grants; command limits are kept where the target can state them (opencode's
 * pattern rules, Claude's {@code Bash(git diff:*)}) and otherwise the capability is left out. Everything left out is
 * said, in words.
 *
 * @param values  the target's tool keys and their values; a tool key of the source not here is removed
 * @param leftOut what the target cannot hold, each with why it was left out
 */
public record AccessWriter(Map<String, NewValue> values, List<String> leftOut) {

    public static AccessWriter write(Access source, Dialect to, Equivalents eq) {
        if (source.isEverything()) {
            return new AccessWriter(Map.of(), List.of());
        }
        if (to.field(Role.PERMISSIONS).isPresent()) {
            return new PermissionsOut(source, to, eq).write();
        }
        if (to.field(Role.TOOLS).isPresent()) {
            return new ToolListOut(source, to, eq).write();
        }
        return new AccessWriter(Map.of(), List.of(to.toolName() + " files cannot limit an agent's tools"));
    }

    /** The least of the grants for several capabilities (a tool that grants them all needs all of them). */
    static Grant meet(List<Grant> grants) {
        Grant result = new Grant.Whole(Action.ALLOW);
        for (Grant g : grants) {
            result = meet(result, g);
        }
        return result instanceof Grant.Commands c ? c.simplified() : result;
    }

    private static Grant meet(Grant a, Grant b) {
        if (a instanceof Grant.Whole wa && b instanceof Grant.Whole wb) {
            return new Grant.Whole(wa.action().meet(wb.action()));
        }
        if (a instanceof Grant.Whole w && b instanceof Grant.Commands c) {
            return capped(c, w.action());
        }
        if (a instanceof Grant.Commands c && b instanceof Grant.Whole w) {
            return capped(c, w.action());
        }
        if (a.equals(new Grant.Whole(Action.ALLOW))) {
            return b;
        }
        if (b.equals(new Grant.Whole(Action.ALLOW))) {
            return a;
        }
        return new Grant.Whole(Action.DENY); // two kinds of limits cannot be joined: grant nothing
    }

    private static Grant capped(Grant.Commands c, Action cap) {
        return new Grant.Commands(c.rules().stream().map(r -> new CommandRule(r.glob(), r.action().meet(cap))).toList(),
                c.fallback().meet(cap));
    }

    /** opencode: {@code permission:} with {@code "*"} first, then per key an action or pattern rules in winning order. */
    private static final class PermissionsOut {
        private final Access source;
        private final Dialect to;
        private final Equivalents eq;
        private final List<String> leftOut = new ArrayList<>();

        PermissionsOut(Access source, Dialect to, Equivalents eq) {
            this.source = source;
            this.to = to;
            this.eq = eq;
        }

        AccessWriter write() {
            FieldSpec field = to.field(Role.PERMISSIONS).orElseThrow();
            Action base = source.otherwise();
            for (Map.Entry<String, Action> named : source.named().entrySet()) {
                if (named.getValue().atMost(base) && named.getValue() != base && base != Action.DENY) {
                    leftOut.add(shown(named.getKey()) + ": " + to.toolName() + " cannot name this tool to " + named.getValue().word()
                            + " it, so only the tools below are allowed");
                    base = Action.DENY;
                } else if (!named.getValue().atMost(base)) {
                    leftOut.add(shown(named.getKey()) + ": " + to.toolName() + " names such tools differently; add it by hand if wanted");
                }
            }
            Map<String, NewValue> rules = new LinkedHashMap<>();
            if (base != Action.ALLOW) {
                rules.put("*", new NewValue.Text(base.word()));
            }
            PermissionRules shapes = field.permissions();
            List<String> keys = new ArrayList<>(shapes.patternKeys());
            keys.addAll(shapes.actionOnlyKeys());
            Set<String> done = new LinkedHashSet<>();
            for (String key : keys) {
                Set<String> caps = eq.capabilitiesOf(to, key);
                if (caps.isEmpty() || !done.add(String.join(",", caps))) {
                    continue;
                }
                Grant grant = grantFor(key, caps);
                if (grant instanceof Grant.Commands c && !shapes.patternKeys().contains(key)) {
                    leftOut.add(key + ": " + to.toolName() + " takes no pattern rules for " + key + "; denied");
                    grant = new Grant.Whole(Action.DENY);
                }
                if (grant.equals(new Grant.Whole(base))) {
                    continue;
                }
                rules.put(key, grant instanceof Grant.Commands c ? patterns(c) : new NewValue.Text(((Grant.Whole) grant).action().word()));
            }
            return new AccessWriter(Map.of(field.key(), new NewValue.Mapping(rules)), leftOut);
        }

        private Grant grantFor(String key, Set<String> caps) {
            List<Grant> grants = new ArrayList<>();
            for (String cap : caps) {
                Grant g = source.grant(cap);
                if (g instanceof Grant.Limited limited) {
                    leftOut.add(limited.asWritten() + ": " + to.toolName() + " cannot state this limit; " + key + " is denied");
                    g = new Grant.Whole(Action.DENY);
                }
                grants.add(g);
            }
            return meet(grants);
        }

        /** {@code "*"} first, then the rules in their order: the last match wins, so this is the original's meaning. */
        private static NewValue patterns(Grant.Commands c) {
            Map<String, NewValue> ordered = new LinkedHashMap<>();
            ordered.put("*", new NewValue.Text(c.fallback().word()));
            for (CommandRule rule : c.rules()) {
                ordered.remove(rule.glob()); // an earlier rule with the same pattern never decides anything
                ordered.put(rule.glob(), new NewValue.Text(rule.action().word()));
            }
            return new NewValue.Mapping(ordered);
        }
    }

    /** Claude, Copilot, Gemini: a list of the tools allowed, or (Claude) every tool but a list of denied ones. */
    private static final class ToolListOut {
        private final Access source;
        private final Dialect to;
        private final Equivalents eq;
        private final List<String> leftOut = new ArrayList<>();

        ToolListOut(Access source, Dialect to, Equivalents eq) {
            this.source = source;
            this.to = to;
            this.eq = eq;
        }

        AccessWriter write() {
            Optional<AccessWriter> byDenying = denyList();
            return byDenying.orElseGet(this::allowList);
        }

        /** Every tool but those denied: only when the original allows everything else and the target can deny each. */
        private Optional<AccessWriter> denyList() {
            Optional<FieldSpec> deniedKey = to.field(Role.DENIED_TOOLS);
            if (source.otherwise() != Action.ALLOW || deniedKey.isEmpty()) {
                return Optional.empty();
            }
            List<String> denied = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String tool : eq.writtenTools(to)) {
                Grant grant = meet(eq.capabilitiesOf(to, tool).stream().map(source::grant).toList());
                if (grant.equals(new Grant.Whole(Action.ALLOW))) {
                    continue;
                }
                if (grant instanceof Grant.Commands c && c.fallback() == Action.ALLOW && to.tools().arguments()) {
                    for (CommandRule rule : c.rules()) {
                        if (rule.action() == Action.ALLOW) {
                            continue;
                        }
                        Optional<String> limit = ClaudePatterns.fromGlob(rule.glob());
                        if (limit.isEmpty()) {
                            return Optional.empty();
                        }
                        denied.add(tool + "(" + limit.get() + ")");
                    }
                    continue;
                }
                if (grant instanceof Grant.Limited) {
                    return Optional.empty();
                }
                denied.add(tool);
                if (grant.actionFor("") == Action.ASK || grant instanceof Grant.Commands) {
                    notes.add(tool + ": " + Access.describe(grant) + " in the original; " + to.toolName()
                            + " cannot ask first or keep these rules, so it is denied");
                }
            }
            for (Map.Entry<String, Action> named : source.named().entrySet()) {
                if (named.getValue() == Action.ALLOW) {
                    continue;
                }
                Optional<String> written = mcpName(named.getKey());
                if (written.isEmpty()) {
                    return Optional.empty();
                }
                denied.add(written.get());
            }
            leftOut.addAll(notes);
            Map<String, NewValue> values = new LinkedHashMap<>();
            values.put(deniedKey.get().key(), list(deniedKey.get(), denied));
            return Optional.of(new AccessWriter(values, leftOut));
        }

        private AccessWriter allowList() {
            FieldSpec toolsKey = to.field(Role.TOOLS).orElseThrow();
            Optional<FieldSpec> deniedKey = to.field(Role.DENIED_TOOLS);
            List<String> allowed = new ArrayList<>();
            List<String> denied = new ArrayList<>();
            for (String tool : eq.writtenTools(to)) {
                Grant grant = meet(eq.capabilitiesOf(to, tool).stream().map(source::grant).toList());
                if (grant.equals(new Grant.Whole(Action.ALLOW))) {
                    allowed.add(tool);
                } else if (grant instanceof Grant.Commands c) {
                    commands(tool, c, allowed, denied, deniedKey.isPresent());
                } else if (grant instanceof Grant.Limited limited) {
                    leftOut.add(limited.asWritten() + ": " + to.toolName() + " cannot state this limit; " + tool + " is left out");
                } else if (grant.actionFor("") == Action.ASK) {
                    leftOut.add(tool + ": asks first in the original; " + to.toolName() + " cannot ask per tool, so it is left out");
                } else {
                    partly(tool).ifPresent(leftOut::add);
                }
            }
            for (Map.Entry<String, Action> named : source.named().entrySet()) {
                if (named.getValue() != Action.ALLOW) {
                    continue;
                }
                Optional<String> written = mcpName(named.getKey());
                if (written.isPresent()) {
                    allowed.add(written.get());
                } else {
                    leftOut.add(shown(named.getKey()) + ": " + to.toolName() + " has no such tool; left out");
                }
            }
            if (source.otherwise() == Action.ALLOW) {
                leftOut.add("tools the original allows without naming them (MCP servers, plugins): " + to.toolName()
                        + " cannot deny tools by name here, so only the tools listed are allowed");
            }
            Map<String, NewValue> values = new LinkedHashMap<>();
            values.put(toolsKey.key(), list(toolsKey, allowed));
            if (!denied.isEmpty()) {
                values.put(deniedKey.orElseThrow().key(), list(deniedKey.get(), denied));
            }
            return new AccessWriter(values, leftOut);
        }

        /** A note when the original grants some of what {@code tool} does but not all of it. */
        private Optional<String> partly(String tool) {
            Set<String> caps = eq.capabilitiesOf(to, tool);
            List<String> missing = caps.stream().filter(c -> source.grant(c).actionFor("") == Action.DENY
                    && !(source.grant(c) instanceof Grant.Commands)).toList();
            if (missing.isEmpty() || missing.size() == caps.size()) {
                return Optional.empty();
            }
            return Optional.of(tool + ": in " + to.toolName() + " it also allows " + String.join(" and ", missing.stream().map(eq::what).toList())
                    + ", which the original does not; left out");
        }

        /** Command rules as Claude writes them: the allowed patterns listed, the denials after them denied. */
        private void commands(String tool, Grant.Commands c, List<String> allowed, List<String> denied, boolean canDeny) {
            String shownRules = Access.describe(c);
            if (!to.tools().arguments()) {
                leftOut.add(tool + ": only some commands in the original (" + shownRules + "); " + to.toolName()
                        + " cannot limit commands, so " + tool + " is left out");
                return;
            }
            List<String> allows = new ArrayList<>();
            List<String> denials = new ArrayList<>();
            boolean seenAllow = c.fallback() == Action.ALLOW;
            for (CommandRule rule : c.rules()) {
                Optional<String> limit = ClaudePatterns.fromGlob(rule.glob());
                if (limit.isEmpty()) {
                    leftOut.add(tool + ": the pattern \"" + rule.glob() + "\" cannot be written for " + to.toolName() + "; " + tool + " is left out");
                    return;
                }
                if (rule.action() == Action.ALLOW) {
                    allows.add(tool + "(" + limit.get() + ")");
                    seenAllow = true;
                } else if (seenAllow) {
                    denials.add(tool + "(" + limit.get() + ")");
                }
            }
            if (!denials.isEmpty() && !canDeny) {
                leftOut.add(tool + ": " + shownRules + " in the original; " + to.toolName() + " cannot deny commands, so " + tool + " is left out");
                return;
            }
            if (c.fallback() == Action.ALLOW) {
                allowed.add(tool);
            } else {
                allowed.addAll(allows);
            }
            denied.addAll(denials);
            if (c.rules().stream().anyMatch(r -> r.action() == Action.ASK)) {
                leftOut.add(tool + ": the commands the original asks about are denied (" + to.toolName() + " cannot ask per command)");
            }
        }

        /** An MCP tool as the target names it; empty where the target cannot name MCP tools in its tools list. */
        private Optional<String> mcpName(String named) {
            return to.tools().mcpNames().flatMap(n -> n.write(named));
        }

        private static NewValue list(FieldSpec field, List<String> items) {
            return field.type() == FieldType.COMMA_OR_LIST && !field.preferList() && !items.isEmpty()
                    ? new NewValue.Text(String.join(", ", items)) : new NewValue.TextList(items);
        }
    }

    /** A named tool as the user wrote it. */
    private static String shown(String named) {
        return named.startsWith("mcp/") ? named.substring(4) : named.substring(named.indexOf('/') + 1);
    }
}
