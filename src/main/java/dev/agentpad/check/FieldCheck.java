package dev.agentpad.check;

import dev.agentpad.dialect.ColorNames;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.FieldType;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlAlias;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one key's value against its {@link FieldSpec}: type, shape, allowed values, pattern, length and range. */
final class FieldCheck {

    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off",
            "YES", "NO", "ON", "OFF");

    private final CheckContext ctx;
    private final Dialect dialect;
    private final FieldSpec spec;
    private final YamlEntry entry;
    private final List<Diagnostic> found = new ArrayList<>();

    private FieldCheck(CheckContext ctx, Dialect dialect, FieldSpec spec, YamlEntry entry) {
        this.ctx = ctx;
        this.dialect = dialect;
        this.spec = spec;
        this.entry = entry;
    }

    /** The problems of {@code entry}'s value for {@code dialect}; nothing is reported, the caller decides. */
    static List<Diagnostic> check(CheckContext ctx, Dialect dialect, FieldSpec spec, YamlEntry entry) {
        FieldCheck check = new FieldCheck(ctx, dialect, spec, entry);
        check.run();
        return check.found;
    }

    private void run() {
        YamlNode node = entry.value() instanceof YamlAlias alias ? alias.target() : entry.value();
        if (node instanceof YamlScalar s && s.kind() == ScalarKind.NULL) {
            empty(s);
            return;
        }
        switch (spec.type()) {
            case STRING, TEXT -> text(node);
            case ENUM -> enumValue(node);
            case NUMBER, INTEGER -> number(node);
            case BOOLEAN -> bool(node);
            case STRING_LIST -> stringList(node);
            case COMMA_OR_LIST -> commaOrList(node);
            case MAP -> map(node);
            case TOOL_MAP -> toolMap(node);
            case PERMISSION -> found.addAll(PermissionCheck.check(ctx, spec, entry));
            case COLOR -> color(node);
            case LIST_OF_MAPS -> listOfMaps(node);
            case ANY -> { }
        }
    }

    private void empty(YamlScalar s) {
        String rest = ctx.doc.text().substring(s.range().start(), LineIndex.lineEnd(ctx.doc.text(), s.range().start())).strip();
        if (rest.startsWith("#") && rest.length() > 1 && !Character.isWhitespace(rest.charAt(1))) {
            return; // "color: #ff0000": reported once, as yaml-hash-value
        }
        report(spec.required() ? Severity.ERROR : Severity.WARNING, Code.KEY_EMPTY,
                "'" + key() + "' has no value" + (spec.required() ? "; " + tool() + " requires one" : "; " + tool() + " reads it as empty"),
                entry.key().range(), null);
    }

    private void text(YamlNode node) {
        if (!(node instanceof YamlScalar s)) {
            wrongType(node, null);
            return;
        }
        if (s.kind() != ScalarKind.STRING) {
            report(Severity.WARNING, Code.KEY_TYPE, "'" + key() + ": " + s.value() + "' is read by YAML as a " + s.kindName()
                    + ", not text; quote it", s.range(), setFix("Quote the value", new NewValue.Text(s.value())));
            return;
        }
        String value = s.value();
        if (spec.minLength() != null && value.length() < spec.minLength()) {
            report(Severity.WARNING, Code.KEY_LENGTH, "'" + key() + "' is " + value.length() + " characters; " + tool()
                    + " expects at least " + spec.minLength(), s.range(), null);
        }
        if (spec.maxLength() != null && value.length() > spec.maxLength()) {
            report(Severity.WARNING, Code.KEY_LENGTH, "'" + key() + "' is " + value.length() + " characters; " + tool()
                    + " accepts at most " + spec.maxLength(), s.range(), null);
        }
        if (spec.refusedPattern() != null && Pattern.compile(spec.refusedPattern()).matcher(value).find()) {
            report(Severity.ERROR, Code.KEY_PATTERN, "'" + key() + ": " + value + "' has a form " + tool() + " refuses ("
                    + firstSentence(spec.doc()) + ")" + sinceNote(), s.range(), null);
        } else if (spec.advicePattern() != null && !Pattern.compile(spec.advicePattern()).matcher(value).matches()) {
            String slug = DialectRegistry.slug(value);
            Fix fix = Pattern.compile(spec.advicePattern()).matcher(slug).matches() && !slug.equals(value)
                    ? setFix("Change to '" + slug + "'", new NewValue.Text(slug)) : null;
            found.add(ctx.diagnostic(Severity.INFO, Code.KEY_PATTERN, "'" + key() + ": " + value + "' works, but " + tool()
                    + "'s docs advise another form (" + firstSentence(spec.doc()) + ")", s.range(), key(), fix, Effect.WORKS));
        }
        if (spec.pattern() != null && !Pattern.compile(spec.pattern()).matcher(value).matches()) {
            String slug = DialectRegistry.slug(value);
            Fix fix = Pattern.compile(spec.pattern()).matcher(slug).matches() && !slug.equals(value)
                    ? setFix("Change to '" + slug + "'", new NewValue.Text(slug)) : null;
            report(spec.consequence() != null ? Severity.ERROR : Severity.WARNING, Code.KEY_PATTERN,
                    "'" + key() + ": " + value + "' does not have the form " + tool()
                    + " expects (" + firstSentence(spec.doc()) + ")" + consequence(), s.range(), fix);
        }
        if (!spec.values().isEmpty()) {
            if (!spec.openValues() && !spec.values().contains(value)) {
                notOneOf(s);
            } else if (spec.openValues() && !spec.values().contains(value)) {
                Optional<String> sameButCase = spec.values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst();
                sameButCase.ifPresent(v ->
                        report(Severity.INFO, Code.KEY_VALUE, "'" + key() + ": " + value + "' differs from the known value '" + v
                                + "' only in case", s.range(), setFix("Change to '" + v + "'", new NewValue.Text(v))));
                // a word a letter or two from a documented one ("sonet") is a typo; a value with digits may be a full id
                if (sameButCase.isEmpty() && isWord(value)) {
                    Suggestions.closest(value, spec.values().stream().filter(FieldCheck::isWord).toList()).ifPresent(v ->
                            report(Severity.INFO, Code.KEY_VALUE, "'" + key() + ": " + value + "' is none of the values " + tool()
                                    + " documents; did you mean '" + v + "'?", s.range(), setFix("Change to '" + v + "'", new NewValue.Text(v))));
                }
            }
        }
    }

    /** Letters and hyphens only, as the documented aliases are (sonnet, inherit): no version or id. */
    private static boolean isWord(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private void enumValue(YamlNode node) {
        if (!(node instanceof YamlScalar s)) {
            wrongType(node, null);
        } else if (!spec.values().contains(s.value()) || s.kind() != ScalarKind.STRING) {
            notOneOf(s);
        }
    }

    private void notOneOf(YamlScalar s) {
        var suggestion = Suggestions.closest(s.value(), spec.values());
        report(Severity.ERROR, Code.KEY_VALUE, "'" + key() + ": " + s.value() + "' is not one of " + String.join(", ", spec.values())
                        + suggestion.map(v -> "; did you mean '" + v + "'?").orElse("") + consequence(),
                s.range(), suggestion.map(v -> setFix("Change to '" + v + "'", new NewValue.Text(v))).orElse(null));
    }

    private void number(YamlNode node) {
        boolean integer = spec.type() == FieldType.INTEGER;
        String expected = integer ? "a whole number" : "a number";
        if (!(node instanceof YamlScalar s)) {
            wrongType(node, null);
            return;
        }
        ScalarKind parsed = numberKind(s.value());
        if (s.kind() == ScalarKind.STRING && parsed != null && (!integer || parsed == ScalarKind.INTEGER)) {
            report(Severity.ERROR, Code.KEY_TYPE, "'" + key() + "' is the quoted text \"" + s.value() + "\", not " + expected
                    + "; remove the quotes" + consequence(), s.range(), setFix("Remove the quotes", new NewValue.Typed(s.value(), parsed)));
            return;
        }
        if (s.kind() != ScalarKind.INTEGER && !(s.kind() == ScalarKind.FLOAT && !integer)) {
            report(Severity.ERROR, Code.KEY_TYPE, "'" + key() + ": " + s.value() + "' must be " + expected + consequence(), s.range(), null);
            return;
        }
        double value;
        try {
            value = Double.parseDouble(s.value().replace("_", ""));
        } catch (NumberFormatException e) {
            return; // YAML 1.1 forms such as 0x1F or 1:30; valid for the parser, no range to check
        }
        if ((spec.min() != null && value < spec.min()) || (spec.max() != null && value > spec.max())) {
            report(Severity.ERROR, Code.KEY_RANGE, "'" + key() + ": " + s.value() + "' is outside " + range() + consequence(), s.range(), null);
        }
    }

    private void bool(YamlNode node) {
        if (node instanceof YamlScalar s) {
            String v = s.value().strip();
            if (s.kind() == ScalarKind.BOOLEAN && YAML11_BOOLEANS.contains(v)) {
                String b = Set.of("yes", "on", "y").contains(v.toLowerCase()) ? "true" : "false";
                report(Severity.WARNING, Code.KEY_YAML11_BOOLEAN, "'" + key() + ": " + v + "' is a boolean only for YAML 1.1 readers; "
                        + "most tools read YAML 1.2, where it is the text '" + v + "'; write " + b,
                        s.range(), setFix("Change to " + b, new NewValue.Typed(b, ScalarKind.BOOLEAN)));
                return;
            }
            if (s.kind() == ScalarKind.BOOLEAN) {
                return;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                String b = v.toLowerCase();
                report(Severity.ERROR, Code.KEY_QUOTED_BOOLEAN, "'" + key() + "' is the quoted text \"" + v + "\", not a boolean;"
                        + " remove the quotes (a quoted \"true\" counts as false or as an error)",
                        s.range(), setFix("Remove the quotes", new NewValue.Typed(b, ScalarKind.BOOLEAN)));
                return;
            }
        }
        wrongType(node, null);
    }

    private void stringList(YamlNode node) {
        if (node instanceof YamlSequence seq) {
            listItems(seq);
        } else if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
            List<String> items = ToolList.split(s.value());
            wrongType(node, setFix("Write as a list", new NewValue.TextList(items)));
        } else {
            wrongType(node, null);
        }
    }

    private void commaOrList(YamlNode node) {
        if (node instanceof YamlSequence seq) {
            listItems(seq);
        } else if (!(node instanceof YamlScalar s && s.kind() == ScalarKind.STRING)) {
            wrongType(node, null);
        }
    }

    private void listItems(YamlSequence seq) {
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlScalar s) || s.kind() != ScalarKind.STRING) {
                report(Severity.ERROR, Code.KEY_TYPE, "each item of '" + key() + "' must be a name, but one is a " + item.kindName()
                        + consequence(), item.range(), null);
            }
        }
    }

    private void map(YamlNode node) {
        if (node instanceof YamlMapping) {
            return;
        }
        Fix fix = node instanceof YamlSequence seq && seq.items().isEmpty()
                ? new Fix("Change to an empty map {}", new TextEdit(node.range(), "{}")) : null;
        wrongType(node, fix);
    }

    private void toolMap(YamlNode node) {
        if (node instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                if (!(e.value() instanceof YamlScalar s) || s.kind() != ScalarKind.BOOLEAN) {
                    report(Severity.ERROR, Code.KEY_TYPE, "'" + key() + "." + e.name() + "' must be true or false" + consequence(),
                            e.value().range(), null);
                }
            }
            return;
        }
        List<String> names = ToolList.items(node).stream().map(ToolList::baseName).toList();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        names.forEach(n -> flags.put(n, true));
        wrongType(node, names.isEmpty() ? null : setFix("Write as a map of tool: true", new NewValue.Flags(flags)));
    }

    /** Each item a map with the required keys and no others, and the unique key's values all different. */
    private void listOfMaps(YamlNode node) {
        if (!(node instanceof YamlSequence seq)) {
            wrongType(node, null);
            return;
        }
        FieldSpec.Items items = spec.items();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlMapping map)) {
                report(Severity.ERROR, Code.KEY_TYPE, "each item of '" + key() + "' must be a map, but one is " + article(item.kindName())
                        + consequence(), item.range(), null);
                continue;
            }
            List<String> missing = items.required().stream().filter(k -> map.entry(k).isEmpty()).toList();
            if (!missing.isEmpty()) {
                report(Severity.ERROR, Code.KEY_REQUIRED, "an item of '" + key() + "' has no " + String.join(", ", missing)
                        + " (each needs " + String.join(", ", items.required()) + ")" + consequence(), map.range(), null);
            }
            for (YamlEntry e : map.entries()) {
                if (!items.required().contains(e.name()) && !items.optional().contains(e.name())) {
                    var suggestion = Suggestions.closest(e.name(), concat(items.required(), items.optional()));
                    report(Severity.WARNING, Code.KEY_UNKNOWN, "'" + e.name() + "' is not a key of a " + key() + " item"
                            + suggestion.map(k -> "; did you mean '" + k + "'?").orElse("") + "; it is ignored", e.key().range(), null);
                }
            }
            if (items.unique() != null) {
                map.value(items.unique()).filter(YamlScalar.class::isInstance).ifPresent(v -> {
                    String value = ((YamlScalar) v).value().toLowerCase(Locale.ROOT);
                    if (seen.containsKey(value)) {
                        report(Severity.ERROR, Code.KEY_VALUE, "the " + items.unique() + " '" + ((YamlScalar) v).value() + "' is used by two items"
                                + " of '" + key() + "'; each must be unique" + consequence(), v.range(), null);
                    }
                    seen.put(value, v);
                });
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void color(YamlNode node) {
        if (!(node instanceof YamlScalar s) || s.kind() != ScalarKind.STRING) {
            wrongType(node, null);
            return;
        }
        String value = s.value();
        boolean hexOk = spec.pattern() != null && Pattern.compile(spec.pattern()).matcher(value).matches();
        if (hexOk || spec.values().contains(value)) {
            return;
        }
        var suggestion = Suggestions.closest(value, spec.values())
                .or(() -> spec.pattern() != null ? ColorNames.hexOf(value) : Optional.empty());
        String accepted = (spec.pattern() != null ? "#RRGGBB" + (spec.values().isEmpty() ? "" : " or one of ") : "one of ")
                + String.join(", ", spec.values());
        report(Severity.ERROR, Code.COLOR_INVALID, tool() + " does not accept the colour '" + value + "': use " + accepted + consequence(),
                s.range(), suggestion.map(v -> setFix("Change to '" + v + "'", new NewValue.Text(v))).orElse(null));
    }

    private void wrongType(YamlNode node, Fix fix) {
        String actual = node instanceof YamlScalar s ? s.kindName() : node.kindName();
        report(Severity.ERROR, Code.KEY_TYPE, "'" + key() + "' must be " + expected() + ", but it is " + article(actual) + consequence(),
                node.range().isEmpty() ? entry.key().range() : node.range(), fix);
    }

    private String expected() {
        return switch (spec.type()) {
            case STRING, TEXT -> "text";
            case ENUM -> "one of " + String.join(", ", spec.values());
            case NUMBER -> "a number";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            case STRING_LIST -> "a list of names";
            case COMMA_OR_LIST -> "a comma-separated text or a list of names";
            case MAP -> "a map";
            case TOOL_MAP -> "a map of tool names to true or false";
            case PERMISSION -> "ask, allow, deny or a map of rules";
            case COLOR -> "a colour";
            case LIST_OF_MAPS -> "a list of maps";
            case ANY -> "anything";
        };
    }

    private String range() {
        if (spec.min() != null && spec.max() != null) {
            return "the range " + num(spec.min()) + " to " + num(spec.max());
        }
        return spec.min() != null ? "the range " + num(spec.min()) + " and up" : "the range up to " + num(spec.max());
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static ScalarKind numberKind(String s) {
        if (s.strip().matches("[-+]?[0-9]+")) {
            return ScalarKind.INTEGER;
        }
        return s.strip().matches("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?") ? ScalarKind.FLOAT : null;
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String firstSentence(String doc) {
        if (doc == null) {
            return "see the tool's documentation";
        }
        Matcher end = Pattern.compile("\\. [A-Z]").matcher(doc);
        String s = end.find() ? doc.substring(0, end.start()) : doc;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private String sinceNote() {
        return spec.since() != null ? "; " + tool() + " skips such an agent since " + spec.since() : "";
    }

    private String consequence() {
        return spec.consequence() != null ? "; " + spec.consequence() : "";
    }

    private Fix setFix(String title, NewValue value) {
        AgentDocument doc = ctx.doc;
        return CheckContext.fix(title, FrontMatterEditor.set(doc, key(), value));
    }

    private String key() {
        return entry.name();
    }

    private String tool() {
        return dialect.toolName();
    }

    /**
     * A problem with this value. An error takes the effect the tool gives a wrong value of this key (the key's own, or
     * the dialect's usual: Claude Code ignores the value, opencode stops at start-up ...), and the severity that
     * effect deserves.
     */
    private void report(Severity severity, Code code, String message, TextRange range, Fix fix) {
        if (severity != Severity.ERROR) {
            found.add(ctx.diagnostic(severity, code, message, range, key(), fix));
            return;
        }
        Effect effect = spec.ifInvalid() != null ? spec.ifInvalid() : dialect.behaviour().invalidValueEffect();
        String outcome = effect == Effect.KEY_IGNORED && spec.consequence() == null ? "; " + tool() + " ignores the value" : "";
        found.add(ctx.diagnostic(Effects.severity(effect), code, message + outcome, range, key(), fix, effect));
    }
}
