package dev.agentpad.check;

import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.PermissionRules;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * opencode's {@code permission}: an action for everything, or per tool an action or (for pattern tools such as
 * bash and edit) a map of glob pattern to action, where the last matching rule wins.
 */
final class PermissionCheck {

    private final CheckContext ctx;
    private final FieldSpec spec;
    private final PermissionRules rules;
    private final String key;
    private final List<Diagnostic> found = new ArrayList<>();

    private PermissionCheck(CheckContext ctx, FieldSpec spec, String key) {
        this.ctx = ctx;
        this.spec = spec;
        this.rules = spec.permissions();
        this.key = key;
    }

    static List<Diagnostic> check(CheckContext ctx, FieldSpec spec, YamlEntry entry) {
        PermissionCheck check = new PermissionCheck(ctx, spec, entry.name());
        check.value(entry.value());
        return check.found;
    }

    private void value(YamlNode node) {
        if (node instanceof YamlScalar s) {
            action(s, key);
        } else if (node instanceof YamlMapping map) {
            for (YamlEntry tool : map.entries()) {
                toolRule(tool);
            }
        } else {
            report(Severity.ERROR, Code.KEY_TYPE, "'" + key + "' must be ask, allow, deny or a map of tool to rule, but it is a list"
                    + consequence(), node.range(), null);
        }
    }

    private void toolRule(YamlEntry tool) {
        String where = key + "." + tool.name();
        neverMatches(tool);
        if (tool.value() instanceof YamlScalar s) {
            action(s, where);
        } else if (tool.value() instanceof YamlMapping patterns) {
            if (rules.actionOnlyKeys().contains(tool.name())) {
                report(Severity.ERROR, Code.PERMISSION_SHAPE, "'" + where + "' takes only " + actions() + ", not pattern rules"
                        + consequence(), tool.value().range(), null);
                return;
            }
            for (YamlEntry rule : patterns.entries()) {
                if (rule.value() instanceof YamlScalar s) {
                    action(s, where + " \"" + rule.name() + "\"");
                } else {
                    report(Severity.ERROR, Code.PERMISSION_SHAPE, "the rule '" + rule.name() + "' of '" + where + "' must be "
                            + actions() + consequence(), rule.value().range(), null);
                }
            }
            order(where, patterns);
        } else {
            report(Severity.ERROR, Code.PERMISSION_SHAPE, "'" + where + "' must be " + actions() + " or a map of pattern to action"
                    + consequence(), tool.value().range(), null);
        }
    }

    /**
     * A key opencode never checks, so its rule never applies: a known key in other case ({@code Read}), a key opencode
     * checks under another name ({@code write} is checked as {@code edit}), or a bash pattern at the top level.
     */
    private void neverMatches(YamlEntry tool) {
        String name = tool.name();
        if (name.equals("*") || rules.keys().contains(name)) {
            return;
        }
        String message = null;
        Fix fix = null;
        Optional<String> sameButCase = rules.keys().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst();
        if (sameButCase.isPresent()) {
            message = "opencode's permission keys are lowercase: '" + name + "' never matches; did you mean '" + sameButCase.get() + "'?";
            fix = new Fix("Change to '" + sameButCase.get() + "'", new TextEdit(tool.key().range(), sameButCase.get()));
        } else if (rules.neverMatch().containsKey(name)) {
            message = "opencode checks '" + name + "' as '" + rules.neverMatch().get(name) + "', so this rule never matches; use '"
                    + rules.neverMatch().get(name) + "'";
        } else if (name.contains(" ") || name.contains("*")) {
            message = "'" + name + "' looks like a command pattern, but at the top level of '" + key + "' it names a tool and never"
                    + " matches; put it under bash:";
        }
        if (message != null) {
            found.add(ctx.diagnostic(Severity.WARNING, Code.PERMISSION_NEVER_MATCHES, message, tool.key().range(), key, fix,
                    Effect.KEY_IGNORED));
        }
    }

    private void action(YamlScalar s, String where) {
        if (s.kind() == ScalarKind.STRING && rules.actions().contains(s.value())) {
            return;
        }
        var suggestion = Suggestions.closest(s.value(), rules.actions());
        report(Severity.ERROR, Code.PERMISSION_ACTION, "'" + where + ": " + s.value() + "' is not " + actions()
                        + suggestion.map(a -> "; did you mean '" + a + "'?").orElse("") + consequence(),
                s.range(), suggestion.map(a -> new Fix("Change to '" + a + "'", new TextEdit(s.range(), a))).orElse(null));
    }

    /** The last matching rule wins, so a catch-all '*' must come first or it overrides every rule above it. */
    private void order(String where, YamlMapping patterns) {
        List<YamlEntry> entries = patterns.entries();
        for (int i = 1; i < entries.size(); i++) {
            YamlEntry star = entries.get(i);
            if (star.name().equals("*")) {
                List<String> widened = widenedBy(entries, i);
                String message = "in '" + where + "' the rule \"*\" comes after " + i
                        + " more specific rule(s); the last matching rule wins, so \"*\" overrides them. Put \"*\" first";
                if (!widened.isEmpty()) { // a fix never gives the agent more than it has now
                    message += "; no one-click fix: that would let " + String.join(", ", widened)
                            + " through where \"*\" now decides, so change it by hand if that is what you mean";
                }
                report(Severity.WARNING, Code.PERMISSION_ORDER, message, star.key().range(),
                        patterns.flow() || !widened.isEmpty() ? null : moveFirst(entries, i));
                return;
            }
        }
    }

    /**
     * The rules above {@code "*"} that moving it first would make more permissive than now, where {@code "*"} decides
     * for them: "deny" below "ask" below "allow"; a rule or action that cannot be ranked counts as widened.
     */
    private static List<String> widenedBy(List<YamlEntry> entries, int starIndex) {
        int star = rank(entries.get(starIndex));
        List<String> widened = new ArrayList<>();
        for (int i = 0; i < starIndex; i++) {
            int rule = rank(entries.get(i));
            if (star < 0 || rule < 0 || rule > star) {
                widened.add("'" + entries.get(i).name() + "' (" + actionOf(entries.get(i)) + ")");
            }
        }
        return widened;
    }

    private static int rank(YamlEntry entry) {
        return List.of("deny", "ask", "allow").indexOf(actionOf(entry));
    }

    private static String actionOf(YamlEntry entry) {
        return entry.value() instanceof YamlScalar s ? s.value() : entry.value().kindName();
    }

    private Fix moveFirst(List<YamlEntry> entries, int index) {
        String text = ctx.doc.text();
        TextRange all = new TextRange(entries.get(0).lines().start(), entries.get(entries.size() - 1).lines().end());
        StringBuilder moved = new StringBuilder(entries.get(index).lines().of(text));
        for (int i = 0; i < entries.size(); i++) {
            if (i != index) {
                moved.append(entries.get(i).lines().of(text));
            }
        }
        if (!moved.toString().endsWith("\n") && !moved.toString().endsWith("\r")) {
            return null; // the last rule ends the file without a line break: moving lines would join two of them
        }
        return new Fix("Move \"*\" to the top", new TextEdit(all, moved.toString()));
    }

    private String actions() {
        return String.join(", ", rules.actions().subList(0, rules.actions().size() - 1)) + " or "
                + rules.actions().get(rules.actions().size() - 1);
    }

    private String consequence() {
        return spec.consequence() != null ? "; " + spec.consequence() : "";
    }

    private void report(Severity severity, Code code, String message, TextRange range, Fix fix) {
        found.add(ctx.diagnostic(severity, code, message, range, key, fix));
    }
}
