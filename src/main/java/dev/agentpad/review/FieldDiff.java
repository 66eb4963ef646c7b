package dev.agentpad.review;

import dev.agentpad.check.CheckResult;
import dev.agentpad.dialect.Access;
import dev.agentpad.dialect.AccessReader;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.FieldType;
import dev.agentpad.dialect.Role;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The front matter of two versions compared key by key, by meaning: a value written another way (quoted or not, a
 * block or a line, a comma list or a YAML list, keys in another order) is "same meaning", listed apart from real
 * changes. Lists are compared as sets, opencode's permission rules as ordered rules (a reorder that changes which
 * rule wins is a change), long text word by word. Between dialects, keys with the same role are paired (Claude's
 * {@code name} with Copilot's {@code name} ...).
 */
final class FieldDiff {

    private final CheckResult before;
    private final CheckResult after;
    private final Equivalents equivalents;

    private FieldDiff(CheckResult before, CheckResult after, Equivalents equivalents) {
        this.before = before;
        this.after = after;
        this.equivalents = equivalents;
    }

    static List<FieldChange> of(CheckResult before, CheckResult after, Equivalents equivalents) {
        return new FieldDiff(before, after, equivalents).compare();
    }

    private List<FieldChange> compare() {
        YamlMapping old = before.keys();
        YamlMapping now = after.keys();
        List<FieldChange> changes = new ArrayList<>();
        Set<String> pairedOld = new LinkedHashSet<>();
        for (YamlEntry entry : now.entries()) {
            if (now.entry(entry.name()).orElseThrow() != entry) {
                continue; // an earlier duplicate: the tool reads the last one
            }
            Optional<YamlEntry> was = old.entry(oldKeyFor(entry.name()));
            was.ifPresent(w -> pairedOld.add(w.name()));
            changes.add(compare(entry.name(), was.orElse(null), entry));
        }
        for (YamlEntry entry : old.entries()) {
            if (!pairedOld.contains(entry.name()) && old.entry(entry.name()).orElseThrow() == entry) {
                changes.add(compare(entry.name(), entry, null));
            }
        }
        List<String> oldOrder = old.entries().stream().map(YamlEntry::name).filter(k -> now.entry(newKeyFor(k)).isPresent()).distinct().toList();
        List<String> newOrder = now.entries().stream().map(YamlEntry::name).filter(pairedOld::contains).distinct().toList();
        if (!oldOrder.equals(newOrder) && !oldOrder.isEmpty()) {
            changes.add(new FieldChange("(key order)", FieldChange.Mark.SAME_MEANING, String.join(", ", oldOrder),
                    String.join(", ", newOrder), List.of("keys in another order; tools read them by name"), List.of(),
                    Optional.empty(), Optional.empty()));
        }
        return changes;
    }

    private FieldChange compare(String key, YamlEntry was, YamlEntry now) {
        String oldText = was == null ? null : raw(before, was.value());
        String newText = now == null ? null : raw(after, now.value());
        Optional<TextRange> oldLines = Optional.ofNullable(was).map(YamlEntry::lines);
        Optional<TextRange> newLines = Optional.ofNullable(now).map(YamlEntry::lines);
        if (was == null) {
            return new FieldChange(key, FieldChange.Mark.ADDED, null, newText, List.of(), List.of(), oldLines, newLines);
        }
        if (now == null) {
            return new FieldChange(key, FieldChange.Mark.REMOVED, oldText, null, List.of(), List.of(), oldLines, newLines);
        }
        if (oldText.equals(newText) && before.detection().dialect().id().equals(after.detection().dialect().id())) {
            return new FieldChange(key, FieldChange.Mark.UNCHANGED, oldText, newText, List.of(), List.of(), oldLines, newLines);
        }
        Optional<FieldSpec> spec = after.detection().dialect().field(key);
        Role role = spec.map(FieldSpec::role).orElse(Role.NONE);
        List<String> details = new ArrayList<>();
        List<WordDiff.Piece> words = List.of();
        boolean same;
        if (role.isAboutTools() && role != Role.TOOLS && role != Role.DENIED_TOOLS) {
            same = sameAccess(details);
            if (role == Role.PERMISSIONS) {
                details.addAll(PermissionRuleDiff.of(was.value(), now.value(), !same));
            }
        } else if (isList(spec, was.value(), now.value())) {
            List<String> a = ToolList.items(was.value());
            List<String> b = ToolList.items(now.value());
            b.stream().filter(i -> !a.contains(i)).forEach(i -> details.add("+ " + i));
            a.stream().filter(i -> !b.contains(i)).forEach(i -> details.add("- " + i));
            same = details.isEmpty();
            if (same && !a.equals(b)) {
                details.add("same items in another order");
            }
        } else if (was.value() instanceof YamlScalar s && now.value() instanceof YamlScalar t) {
            same = s.value().equals(t.value()) && sameKind(s, t);
            if (!same && (s.value().length() > 40 || t.value().length() > 40)) {
                words = WordDiff.of(s.value(), t.value());
            }
        } else {
            same = Objects.equals(plain(was.value()), plain(now.value()));
        }
        return new FieldChange(key, same ? FieldChange.Mark.SAME_MEANING : FieldChange.Mark.CHANGED, oldText, newText,
                details, words, oldLines, newLines);
    }

    /** Whether what the agent may do is the same; the differences go to {@code details} otherwise. */
    private boolean sameAccess(List<String> details) {
        Access a = access(before);
        Access b = access(after);
        return b.widerThan(a, equivalents.capabilities()).isEmpty() && a.widerThan(b, equivalents.capabilities()).isEmpty();
    }

    private Access access(CheckResult result) {
        return AccessReader.read(result.detection().dialect(), result.keys(), equivalents);
    }

    private boolean isList(Optional<FieldSpec> spec, YamlNode a, YamlNode b) {
        FieldType type = spec.map(FieldSpec::type).orElse(FieldType.ANY);
        boolean listType = type == FieldType.COMMA_OR_LIST || type == FieldType.STRING_LIST;
        return listType || (a instanceof YamlSequence && b instanceof YamlSequence);
    }

    private static boolean sameKind(YamlScalar a, YamlScalar b) {
        return a.kind() == b.kind();
    }

    /** A value with its writing forgotten: scalars as value and kind, lists and maps of those, in order. */
    private static Object plain(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.kind() + ":" + s.value();
        }
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().map(FieldDiff::plain).toList();
        }
        if (node instanceof YamlMapping map) {
            return map.entries().stream().map(e -> e.name() + "=" + plain(e.value())).toList();
        }
        return node.kindName();
    }

    /** The old key that pairs with a new key: the same name, or between dialects the key with the same role. */
    private String oldKeyFor(String newKey) {
        return pairKey(newKey, after.detection().dialect(), before.detection().dialect());
    }

    private String newKeyFor(String oldKey) {
        return pairKey(oldKey, before.detection().dialect(), after.detection().dialect());
    }

    private static String pairKey(String key, Dialect from, Dialect to) {
        if (from.id().equals(to.id())) {
            return key;
        }
        Role role = from.field(key).map(FieldSpec::role).orElse(Role.NONE);
        if (role == Role.NONE) {
            return key;
        }
        return to.field(role).map(FieldSpec::key).orElse(key);
    }

    private static String raw(CheckResult result, YamlNode value) {
        return value.range().of(result.document().text());
    }
}
