package dev.agentpad.dialect;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts an agent's front matter from one dialect to another. What the agent may do is read as an {@link Access}
 * and written in the target's keys with the same tools or fewer, never more (opencode gets {@code permission}, not
 * the deprecated {@code tools}); the result is read back and compared, and a conversion that would widen anything is
 * refused. Models and colours go to their equivalents, a name is added where the target needs one, and keys the
 * target does not have are removed and listed. Keys neither dialect knows stay as they are. Every change is a
 * surgical edit, so the body and untouched keys keep their bytes.
 *
 * @param edit        the whole conversion as one edit (one undo step), or empty when nothing changes
 * @param changes     what was converted, in words
 * @param notCarried  what the target cannot hold, with the value that is dropped
 */
public record DialectConversion(Dialect from, Dialect to, Optional<TextEdit> edit, List<String> changes, List<String> notCarried) {

    public static DialectConversion plan(String text, Path path, Dialect from, Dialect to, Equivalents equivalents) {
        List<String> changes = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        if (!fm.isValid()) {
            return new DialectConversion(from, to, Optional.empty(), List.of(), List.of("the front matter must be valid YAML first"));
        }
        YamlMapping keys = fm.mapping().orElseThrow();
        Access before = AccessReader.read(from, keys, equivalents);
        AccessWriter tools = AccessWriter.write(before, to, equivalents);
        String converted = text;
        for (YamlEntry entry : keys.entries()) {
            String key = entry.name();
            if ((isToolKey(from, key) || isToolKey(to, key)) && !tools.values().containsKey(key)) {
                converted = apply(converted, FrontMatterEditor.remove(AgentDocument.parse(converted), key));
                changes.add(key + ": removed (" + (tools.values().isEmpty() ? "every tool, as before"
                        : to.toolName() + " reads the tools from " + String.join(", ", tools.values().keySet())) + ")");
            }
        }
        for (Map.Entry<String, NewValue> value : tools.values().entrySet()) {
            converted = apply(converted, FrontMatterEditor.set(AgentDocument.parse(converted), value.getKey(), value.getValue()));
            changes.add(value.getKey() + ": written for " + to.toolName() + " with the same tools or fewer");
        }
        dropped.addAll(tools.leftOut());
        for (YamlEntry entry : keys.entries()) {
            String key = entry.name();
            if (isToolKey(from, key) || isToolKey(to, key)) {
                continue;
            }
            boolean knownHere = from.field(key).isPresent();
            Optional<FieldSpec> there = to.field(key);
            String raw = entry.value().range().of(text);
            if (there.isEmpty()) {
                if (knownHere) {
                    converted = apply(converted, FrontMatterEditor.remove(AgentDocument.parse(converted), key));
                    dropped.add(key + ": " + oneLine(raw) + " (" + to.toolName() + " has no '" + key + "')");
                }
                continue;
            }
            Role role = there.get().role();
            NewValue value = switch (role) {
                case MODEL -> model(entry.value(), from, to, equivalents, changes);
                case COLOR -> colour(entry.value(), to, there.get(), changes, dropped);
                default -> null;
            };
            if (value == null && role == Role.COLOR) {
                converted = apply(converted, FrontMatterEditor.remove(AgentDocument.parse(converted), key));
            } else if (value != null) {
                converted = apply(converted, FrontMatterEditor.set(AgentDocument.parse(converted), key, value));
            }
        }
        YamlMapping after = FrontMatterReader.read(AgentDocument.parse(converted)).mapping().orElseThrow();
        Optional<FieldSpec> nameKey = to.field(Role.NAME);
        if (nameKey.map(FieldSpec::required).orElse(false) && after.entry(nameKey.get().key()).isEmpty()) {
            String name = DialectRegistry.slug(DialectRegistry.agentName(from, path, keys).orElse("my-agent"));
            converted = apply(converted, FrontMatterEditor.set(AgentDocument.parse(converted), nameKey.get().key(), new NewValue.Text(name)));
            changes.add(nameKey.get().key() + ": added as '" + name + "' (" + to.toolName() + " names agents by this key)");
            after = FrontMatterReader.read(AgentDocument.parse(converted)).mapping().orElseThrow();
        }
        List<String> wider = AccessReader.read(to, after, equivalents).widerThan(before, equivalents.capabilities());
        if (!wider.isEmpty()) {
            return new DialectConversion(from, to, Optional.empty(), List.of(), List.of(REFUSED
                    + " (the converted agent could do more than the original: " + String.join("; ", wider) + ")"));
        }
        return new DialectConversion(from, to, minimalEdit(text, converted), changes, dropped);
    }

    /** False when the conversion was refused because its result would let the agent do more than the original. */
    public boolean keepsOrNarrows() {
        return notCarried.stream().noneMatch(n -> n.startsWith(REFUSED));
    }

    private static final String REFUSED = "not converted";

    private static boolean isToolKey(Dialect dialect, String key) {
        return dialect.field(key).map(f -> f.role().isAboutTools()).orElse(false);
    }

    private static NewValue model(YamlNode value, Dialect from, Dialect to, Equivalents eq, List<String> changes) {
        if (!(value instanceof YamlScalar s)) {
            return null;
        }
        return eq.model(s.value(), from.id(), to.id()).map(m -> {
            changes.add("model: " + s.value() + " -> " + m);
            return (NewValue) new NewValue.Text(m);
        }).orElse(null);
    }

    /** Claude's names to hex for opencode; hex or theme colours to the nearest of Claude's eight names. */
    private static NewValue colour(YamlNode value, Dialect to, FieldSpec target, List<String> changes, List<String> dropped) {
        if (!(value instanceof YamlScalar s)) {
            return null;
        }
        String c = s.value();
        boolean accepted = target.values().contains(c) || (target.pattern() != null && c.matches(target.pattern()));
        if (accepted) {
            return new NewValue.Text(c);
        }
        Optional<String> hex = ColorNames.swatchOf(c);
        if (target.pattern() != null && hex.isPresent()) {
            changes.add("color: " + c + " -> " + hex.get());
            return new NewValue.Text(hex.get());
        }
        if (!target.values().isEmpty() && hex.isPresent() && hex.get().length() == 7) {
            Optional<String> nearest = nearest(rgb(hex.get()), target.values());
            if (nearest.isPresent()) {
                changes.add("color: " + c + " -> " + nearest.get() + " (nearest of " + to.toolName() + "'s colours)");
                return new NewValue.Text(nearest.get());
            }
        }
        dropped.add("color: " + c + " (" + to.toolName() + " cannot show it)");
        return null;
    }

    /** The allowed colour name closest to {@code rgb}; names without a known hex value are skipped. */
    private static Optional<String> nearest(int[] rgb, List<String> names) {
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (String name : names.stream().sorted().toList()) {
            Optional<String> hex = ColorNames.hexOf(name);
            if (hex.isEmpty()) {
                continue;
            }
            int[] other = rgb(hex.get());
            long d = 0;
            for (int i = 0; i < 3; i++) {
                d += (long) (rgb[i] - other[i]) * (rgb[i] - other[i]);
            }
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    private static String apply(String text, EditResult result) {
        return result instanceof EditResult.Change ? result.applyTo(text) : text;
    }

    /** The smallest single edit from {@code before} to {@code after}: common prefix and suffix are left alone. */
    public static Optional<TextEdit> minimalEdit(String before, String after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        int p = 0;
        while (p < before.length() && p < after.length() && before.charAt(p) == after.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < before.length() - p && s < after.length() - p
                && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
            s++;
        }
        return Optional.of(new TextEdit(new TextRange(p, before.length() - s), after.substring(p, after.length() - s)));
    }

    private static String oneLine(String raw) {
        String line = raw.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
