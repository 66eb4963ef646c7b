package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proposes written forms of a value, best first: the old style when it can hold the new value, then the safest
 * readable ones. {@link FrontMatterEditor} re-reads each proposal and uses the first that reads back right.
 *
 * @param indent the indentation for the value's continuation lines (block scalars, list items, nested keys)
 */
record ValueRenderer(AgentDocument doc, String indent, String nl) {

    /** One written form; {@code startsOnNextLine} for block lists and maps, which begin after the key's line. */
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
            mappingForms(flags.asMapping(), forms);
        } else if (value instanceof NewValue.Mapping mapping) {
            mappingForms(mapping, forms);
        }
        return forms;
    }

    static String keyToken(String key) {
        String plain = ScalarWriter.plain(key, true);
        if (plain != null) {
            return plain;
        }
        String single = ScalarWriter.singleQuoted(key);
        return single != null ? single : ScalarWriter.doubleQuoted(key);
    }

    private void textForms(String s, YamlNode old, List<Rendered> forms) {
        ScalarStyle oldStyle = old instanceof YamlScalar sc && !sc.value().isEmpty() ? sc.style() : null; // '' says nothing of style
        if (oldStyle != null) {
            add(forms, inStyle(s, oldStyle));
        }
        if (s.indexOf('\n') < 0) {
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
        if (oldBlock && !items.isEmpty()) {
            forms.add(new Rendered(blockList(items, itemIndentOf((YamlSequence) old)), true));
        }
        forms.add(new Rendered(flowList(items), false));
    }

    private void mappingForms(NewValue.Mapping mapping, List<Rendered> forms) {
        if (mapping.entries().isEmpty()) {
            forms.add(new Rendered("{}", false));
            return;
        }
        forms.add(new Rendered(blockMapping(mapping, indent), true));
    }

    /** Nested keys one per line; a nested map goes two spaces deeper. */
    private String blockMapping(NewValue.Mapping mapping, String at) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, NewValue> e : mapping.entries().entrySet()) {
            out.append(nl).append(at).append(keyToken(e.getKey())).append(':');
            NewValue v = e.getValue() instanceof NewValue.Flags f ? f.asMapping() : e.getValue();
            if (v instanceof NewValue.Mapping nested && !nested.entries().isEmpty()) {
                out.append(blockMapping(nested, at + "  "));
            } else {
                Rendered first = new ValueRenderer(doc, at + "  ", nl).forms(v, null).get(0);
                out.append(first.startsOnNextLine() ? "" : " ").append(first.text());
            }
        }
        return out.toString();
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

    private String blockList(List<String> items, String itemIndent) {
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
