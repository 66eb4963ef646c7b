package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Surgical edits to front matter, as pure functions from a document to one {@link TextEdit}. Only the
 * characters of the value (or the lines of the key) being changed are touched: comments, blank lines, key
 * order, quoting and every other byte stay as they were. A key path reaches into nested maps
 * ({@code permission, bash, "git *"}). Each proposed edit is re-read before it is returned, and a written form
 * that would not read back as the intended value is never used.
 */
public final class FrontMatterEditor {

    private FrontMatterEditor() {
    }

    /** Sets top-level {@code key} to {@code value}, adding the key after the last one when it is missing. */
    public static EditResult set(AgentDocument doc, String key, NewValue value) {
        return set(doc, List.of(key), value);
    }

    /** Sets the value at a key path, creating missing maps on the way; the last key of a map is added at its end. */
    public static EditResult set(AgentDocument doc, List<String> path, NewValue value) {
        FrontMatter fm = FrontMatterReader.read(doc);
        if (!fm.isValid()) {
            return refusedInvalid(fm);
        }
        YamlMapping root = fm.mapping().orElseThrow();
        YamlMapping mapping = root;
        for (int depth = 0; depth < path.size(); depth++) {
            String key = path.get(depth);
            Optional<YamlEntry> entry = mapping.entry(key);
            boolean last = depth == path.size() - 1;
            if (entry.isEmpty()) {
                NewValue rest = nest(path.subList(depth + 1, path.size()), value);
                return add(doc, root, mapping, depth == 0, path, key, rest, value);
            }
            if (last || !(entry.get().value() instanceof YamlMapping nested) || nested.flow()) {
                NewValue rest = nest(path.subList(depth + 1, path.size()), value);
                return replace(doc, root, entry.get(), path, rest, value);
            }
            mapping = nested;
        }
        return new EditResult.Refused("empty key path");
    }

    /** Removes every line of top-level {@code key} (all duplicates), including block scalars and lists under it. */
    public static EditResult remove(AgentDocument doc, String key) {
        return remove(doc, List.of(key));
    }

    /** Removes the key at a path with all its lines; nothing happens when it is not there. */
    public static EditResult remove(AgentDocument doc, List<String> path) {
        FrontMatter fm = FrontMatterReader.read(doc);
        if (!fm.isValid()) {
            return refusedInvalid(fm);
        }
        Optional<YamlMapping> parent = mappingAt(fm.mapping().orElseThrow(), path.subList(0, path.size() - 1));
        String key = path.get(path.size() - 1);
        List<YamlEntry> entries = parent.map(m -> m.entries(key)).orElse(List.of());
        if (entries.isEmpty()) {
            return new EditResult.Unchanged();
        }
        if (parent.get().flow()) {
            return new EditResult.Refused("'" + String.join(".", path.subList(0, path.size() - 1))
                    + "' is written as a flow map {...}: remove '" + key + "' by hand");
        }
        String text = doc.text();
        int start = entries.get(0).lines().start();
        int end = entries.get(entries.size() - 1).lines().end();
        StringBuilder kept = new StringBuilder();
        int cursor = start;
        for (YamlEntry e : entries) {
            kept.append(text, cursor, e.lines().start());
            cursor = e.lines().end();
        }
        return new EditResult.Change(new TextEdit(new TextRange(start, end), kept.toString()));
    }

    /** Renames the key a tool reads ({@code from}'s last occurrence) to {@code to}, keeping its value's text. */
    public static EditResult rename(AgentDocument doc, String from, String to) {
        FrontMatter fm = FrontMatterReader.read(doc);
        if (!fm.isValid()) {
            return refusedInvalid(fm);
        }
        YamlMapping mapping = fm.mapping().orElseThrow();
        Optional<YamlEntry> entry = mapping.entry(from);
        if (entry.isEmpty()) {
            return new EditResult.Refused("there is no key '" + from + "'");
        }
        if (from.equals(to)) {
            return new EditResult.Unchanged();
        }
        if (mapping.entry(to).isPresent()) {
            return new EditResult.Refused("key '" + to + "' already exists");
        }
        return new EditResult.Change(new TextEdit(entry.get().key().range(), ValueRenderer.keyToken(to)));
    }

    /** The value at a key path, if every key on the way is there. */
    public static Optional<YamlNode> valueAt(YamlMapping root, List<String> path) {
        return mappingAt(root, path.subList(0, path.size() - 1)).flatMap(m -> m.value(path.get(path.size() - 1)));
    }

    private static Optional<YamlMapping> mappingAt(YamlMapping root, List<String> path) {
        YamlMapping mapping = root;
        for (String key : path) {
            Optional<YamlNode> next = mapping.value(key);
            if (next.isEmpty() || !(next.get() instanceof YamlMapping m)) {
                return Optional.empty();
            }
            mapping = m;
        }
        return Optional.of(mapping);
    }

    /** {@code value} wrapped in one map per remaining key: setting a.b.c where only a exists writes b: {c: value}. */
    private static NewValue nest(List<String> rest, NewValue value) {
        NewValue nested = value;
        for (int i = rest.size() - 1; i >= 0; i--) {
            Map<String, NewValue> one = new LinkedHashMap<>();
            one.put(rest.get(i), nested);
            nested = new NewValue.Mapping(one);
        }
        return nested;
    }

    private static EditResult replace(AgentDocument doc, YamlMapping root, YamlEntry entry, List<String> path,
                                      NewValue written, NewValue intended) {
        if (written.matches(entry.value())) {
            return new EditResult.Unchanged();
        }
        int afterColon = afterColon(doc.text(), entry.key().range().end());
        if (afterColon < 0) {
            return new EditResult.Refused("cannot find the ':' after key '" + entry.name() + "'");
        }
        ValueRenderer renderer = new ValueRenderer(doc, indentFor(doc, entry), doc.lineEndings().dominant());
        YamlNode old = entry.value();
        boolean oldOnKeyLine = !(old instanceof YamlScalar s && s.isEmptyNull())
                && doc.lines().lineOf(old.range().start()) == doc.lines().lineOf(afterColon);
        for (ValueRenderer.Rendered form : renderer.forms(written, old)) {
            TextEdit edit;
            if (form.startsOnNextLine() || !oldOnKeyLine) {
                int end = Math.max(afterColon, old.range().end());
                edit = new TextEdit(new TextRange(afterColon, end), (form.startsOnNextLine() ? "" : " ") + form.text());
            } else {
                edit = new TextEdit(old.range(), form.text());
            }
            if (verify(doc, edit, path, intended, root.entries().size())) {
                return new EditResult.Change(edit);
            }
        }
        return new EditResult.Refused("cannot write this value for '" + String.join(".", path) + "' without changing its meaning");
    }

    private static EditResult add(AgentDocument doc, YamlMapping root, YamlMapping mapping, boolean topLevel, List<String> path,
                                  String key, NewValue written, NewValue intended) {
        String nl = doc.lineEndings().dominant();
        if (mapping.flow()) {
            return new EditResult.Refused("the map holding '" + key + "' is written as a flow map {...}: add it by hand");
        }
        String indent = "";
        int at;
        if (topLevel && doc.state() == FrontMatterState.NONE) {
            at = doc.contentStart();
        } else if (topLevel && mapping.entries().isEmpty()) {
            at = doc.yamlRange().start();
        } else if (mapping.entries().isEmpty()) {
            return new EditResult.Refused("cannot add '" + key + "' to an empty map written as {}");
        } else {
            YamlEntry first = mapping.entries().get(0);
            int lineStart = doc.lines().lineStart(doc.lines().lineOf(first.key().range().start()));
            indent = " ".repeat(first.key().range().start() - lineStart);
            at = mapping.entries().get(mapping.entries().size() - 1).lines().end();
        }
        boolean needsBreakBefore = at > 0 && at == doc.text().length() && doc.state() != FrontMatterState.NONE
                && !doc.text().endsWith("\n") && !doc.text().endsWith("\r");
        ValueRenderer renderer = new ValueRenderer(doc, indent + "  ", nl);
        int expectedTopLevel = root.entries().size() + (topLevel ? 1 : 0);
        for (ValueRenderer.Rendered form : renderer.forms(written, null)) {
            String line = indent + ValueRenderer.keyToken(key) + ":" + (form.startsOnNextLine() ? "" : " ") + form.text() + nl;
            String insert = topLevel && doc.state() == FrontMatterState.NONE ? "---" + nl + line + "---" + nl : line;
            TextEdit edit = TextEdit.insert(at, (needsBreakBefore ? nl : "") + insert);
            if (verify(doc, edit, path, intended, expectedTopLevel)) {
                return new EditResult.Change(edit);
            }
        }
        return new EditResult.Refused("cannot add '" + String.join(".", path) + "' without changing its meaning");
    }

    /**
     * True when the edited front matter holds {@code value} at {@code path} and nothing else moved. Only the text up to
     * the body is edited and read again: the body plays no part, and a long prompt is not copied for every try.
     */
    private static boolean verify(AgentDocument doc, TextEdit edit, List<String> path, NewValue value, int expectedTopLevelEntries) {
        String head = doc.text().substring(0, Math.max(doc.bodyRange().start(), edit.range().end()));
        FrontMatter after = FrontMatterReader.read(AgentDocument.parse(edit.applyTo(head)));
        if (!after.isValid()) {
            return false;
        }
        YamlMapping root = after.mapping().orElseThrow();
        return root.entries().size() == expectedTopLevelEntries
                && valueAt(root, path).map(value::matches).orElse(false);
    }

    /** Indentation for a value's continuation lines: the old block's own, else the key's column plus two. */
    private static String indentFor(AgentDocument doc, YamlEntry entry) {
        String text = doc.text();
        int keyLine = doc.lines().lineOf(entry.key().range().start());
        int keyColumn = entry.key().range().start() - doc.lines().lineStart(keyLine);
        int valueLine = doc.lines().lineOf(entry.value().range().end());
        for (int line = keyLine + 1; line <= valueLine && line < doc.lines().lineCount(); line++) {
            int start = doc.lines().lineStart(line);
            int i = start;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' && i - start > keyColumn) {
                return " ".repeat(i - start);
            }
        }
        return " ".repeat(keyColumn + 2);
    }

    /** Offset just past the ':' that follows a key ending at {@code keyEnd}, or -1. */
    private static int afterColon(String text, int keyEnd) {
        int i = keyEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
    }

    private static EditResult refusedInvalid(FrontMatter fm) {
        return new EditResult.Refused("the front matter is not valid YAML (" + fm.error().orElseThrow() + ")");
    }
}
