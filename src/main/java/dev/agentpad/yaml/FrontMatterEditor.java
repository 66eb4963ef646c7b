package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Surgical edits to front matter, as pure functions from a document to one {@link TextEdit}. Only the
 * characters of the value (or the lines of the key) being changed are touched: comments, blank lines, key
 * order, quoting and every other byte stay as they were. Each proposed edit is re-read before it is
 * returned, and a style that would not read back as the intended value is never used.
 */
public final class FrontMatterEditor {

    private FrontMatterEditor() {
    }

    /** Sets {@code key} to {@code value}, adding the key after the last one when it is missing. */
    public static EditResult set(AgentDocument doc, String key, NewValue value) {
        FrontMatter fm = FrontMatterReader.read(doc);
        if (!fm.isValid()) {
            return refusedInvalid(fm);
        }
        YamlMapping mapping = fm.mapping().orElseThrow();
        Optional<YamlEntry> existing = mapping.entry(key);
        if (existing.isEmpty()) {
            return add(doc, mapping, key, value);
        }
        YamlEntry entry = existing.get();
        if (value.matches(entry.value())) {
            return new EditResult.Unchanged();
        }
        int afterColon = afterColon(doc.text(), entry.key().range().end());
        if (afterColon < 0) {
            return new EditResult.Refused("cannot find the ':' after key '" + key + "'");
        }
        ValueRenderer renderer = new ValueRenderer(doc, indentFor(doc, entry), doc.lineEndings().dominant());
        YamlNode old = entry.value();
        boolean oldOnKeyLine = !(old instanceof YamlScalar s && s.isEmptyNull())
                && doc.lines().lineOf(old.range().start()) == doc.lines().lineOf(afterColon);
        for (ValueRenderer.Rendered form : renderer.forms(value, old)) {
            TextEdit edit;
            if (form.startsOnNextLine() || !oldOnKeyLine) {
                int end = Math.max(afterColon, old.range().end());
                edit = new TextEdit(new TextRange(afterColon, end), (form.startsOnNextLine() ? "" : " ") + form.text());
            } else {
                edit = new TextEdit(old.range(), form.text());
            }
            if (verify(edit.applyTo(doc.text()), key, value, mapping.entries().size())) {
                return new EditResult.Change(edit);
            }
        }
        return new EditResult.Refused("cannot write this value for '" + key + "' without changing its meaning");
    }

    /** Removes every line of {@code key} (all duplicates), including block scalars and lists under it. */
    public static EditResult remove(AgentDocument doc, String key) {
        FrontMatter fm = FrontMatterReader.read(doc);
        if (!fm.isValid()) {
            return refusedInvalid(fm);
        }
        List<YamlEntry> entries = fm.mapping().orElseThrow().entries(key);
        if (entries.isEmpty()) {
            return new EditResult.Unchanged();
        }
        if (fm.mapping().orElseThrow().flow()) {
            return new EditResult.Refused("the front matter is a flow map {...}: remove '" + key + "' by hand");
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
        String token = keyToken(to);
        return new EditResult.Change(new TextEdit(entry.get().key().range(), token));
    }

    private static EditResult add(AgentDocument doc, YamlMapping mapping, String key, NewValue value) {
        String nl = doc.lineEndings().dominant();
        if (mapping.flow()) {
            return new EditResult.Refused("the front matter is a flow map {...}: add '" + key + "' by hand");
        }
        String indent = "";
        int at;
        if (doc.state() == FrontMatterState.NONE) {
            at = doc.contentStart();
        } else if (mapping.entries().isEmpty()) {
            at = doc.yamlRange().start();
        } else {
            YamlEntry first = mapping.entries().get(0);
            int lineStart = doc.lines().lineStart(doc.lines().lineOf(first.key().range().start()));
            indent = " ".repeat(first.key().range().start() - lineStart);
            at = mapping.entries().get(mapping.entries().size() - 1).lines().end();
        }
        boolean needsBreakBefore = at > 0 && at == doc.text().length() && doc.state() != FrontMatterState.NONE
                && !doc.text().endsWith("\n") && !doc.text().endsWith("\r");
        ValueRenderer renderer = new ValueRenderer(doc, indent + "  ", nl);
        for (ValueRenderer.Rendered form : renderer.forms(value, null)) {
            String line = indent + keyToken(key) + ":" + (form.startsOnNextLine() ? "" : " ") + form.text() + nl;
            String insert = doc.state() == FrontMatterState.NONE ? "---" + nl + line + "---" + nl : line;
            TextEdit edit = TextEdit.insert(at, (needsBreakBefore ? nl : "") + insert);
            if (verify(edit.applyTo(doc.text()), key, value, mapping.entries().size() + 1)) {
                return new EditResult.Change(edit);
            }
        }
        return new EditResult.Refused("cannot add '" + key + "' without changing its meaning");
    }

    private static boolean verify(String newText, String key, NewValue value, int expectedEntries) {
        FrontMatter after = FrontMatterReader.read(AgentDocument.parse(newText));
        if (!after.isValid()) {
            return false;
        }
        YamlMapping mapping = after.mapping().orElseThrow();
        return mapping.entries().size() == expectedEntries
                && mapping.entry(key).map(e -> value.matches(e.value())).orElse(false);
    }

    private static String keyToken(String key) {
        String plain = ScalarWriter.plain(key, true);
        if (plain != null) {
            return plain;
        }
        String single = ScalarWriter.singleQuoted(key);
        return single != null ? single : ScalarWriter.doubleQuoted(key);
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

    /** Proposes written forms of a value, best first: the old style when it fits, then the safest readable ones. */
    private record ValueRenderer(AgentDocument doc, String indent, String nl) {

        record Rendered(String text, boolean startsOnNextLine) {
        }

        List<Rendered> forms(NewValue value, YamlNode old) {
            List<Rendered> forms = new ArrayList<>();
            if (value instanceof NewValue.Text t) {
                textForms(t.text(), old, forms);
            } else if (value instanceof NewValue.Typed typed) {
                forms.add(new Rendered(typed.plain(), false));
            } else if (value instanceof NewValue.TextList list) {
                listForms(list.items(), old, forms);
            } else if (value instanceof NewValue.Flags flags) {
                flagForms(flags, forms);
            }
            return forms;
        }

        private void textForms(String s, YamlNode old, List<Rendered> forms) {
            ScalarStyle oldStyle = old instanceof YamlScalar sc && !sc.isEmptyNull() ? sc.style() : null;
            if (oldStyle != null) {
                add(forms, inStyle(s, oldStyle));
            }
            boolean multiLine = s.indexOf('\n') >= 0;
            if (!multiLine) {
                add(forms, ScalarWriter.plain(s, false));
                add(forms, ScalarWriter.singleQuoted(s));
            } else {
                add(forms, ScalarWriter.literal(s, indent, nl));
            }
            add(forms, ScalarWriter.doubleQuoted(s));
        }

        private String inStyle(String s, ScalarStyle style) {
            return switch (style) {
                case PLAIN -> ScalarWriter.plain(s, false);
                case SINGLE_QUOTED -> ScalarWriter.singleQuoted(s);
                case DOUBLE_QUOTED -> ScalarWriter.doubleQuoted(s);
                case LITERAL -> ScalarWriter.literal(s, indent, nl);
                case FOLDED -> ScalarWriter.folded(s, indent, nl);
            };
        }

        private void listForms(List<String> items, YamlNode old, List<Rendered> forms) {
            boolean oldBlock = old instanceof YamlSequence seq && !seq.flow() && !seq.items().isEmpty();
            String flow = flowList(items);
            String block = items.isEmpty() ? null : blockList(items, old);
            if (oldBlock && block != null) {
                forms.add(new Rendered(block, true));
            }
            forms.add(new Rendered(flow, false));
        }

        private void flagForms(NewValue.Flags flags, List<Rendered> forms) {
            if (flags.flags().isEmpty()) {
                forms.add(new Rendered("{}", false));
                return;
            }
            StringBuilder block = new StringBuilder();
            flags.flags().forEach((name, on) -> block.append(nl).append(indent).append(keyToken(name)).append(": ").append(on));
            forms.add(new Rendered(block.toString(), true));
        }

        private static String flowList(List<String> items) {
            List<String> tokens = new ArrayList<>();
            for (String item : items) {
                String plain = ScalarWriter.plain(item, true);
                String single = ScalarWriter.singleQuoted(item);
                tokens.add(plain != null ? plain : single != null ? single : ScalarWriter.doubleQuoted(item));
            }
            return "[" + String.join(", ", tokens) + "]";
        }

        private String blockList(List<String> items, YamlNode old) {
            String itemIndent = old instanceof YamlSequence seq && !seq.items().isEmpty() ? itemIndentOf(seq) : indent;
            StringBuilder out = new StringBuilder();
            for (String item : items) {
                String plain = ScalarWriter.plain(item, false);
                String single = ScalarWriter.singleQuoted(item);
                out.append(nl).append(itemIndent).append("- ")
                        .append(plain != null ? plain : single != null ? single : ScalarWriter.doubleQuoted(item));
            }
            return out.toString();
        }

        /** The indentation of the old list's first dash, so new items line up with the old ones. */
        private String itemIndentOf(YamlSequence seq) {
            int dash = doc.text().lastIndexOf('-', seq.items().get(0).range().start());
            int lineStart = doc.lines().lineStart(doc.lines().lineOf(Math.max(0, dash)));
            return dash < lineStart ? indent : " ".repeat(dash - lineStart);
        }

        private static void add(List<Rendered> forms, String text) {
            if (text != null && forms.stream().noneMatch(f -> f.text().equals(text))) {
                forms.add(new Rendered(text, false));
            }
        }
    }
}
