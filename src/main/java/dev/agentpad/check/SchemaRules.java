package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.FieldType;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.dialect.NameSource;
import dev.agentpad.dialect.UnknownKeys;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dialect's schema: required, unknown and deprecated keys, each value against its field, and tool names. */
final class SchemaRules {

    private SchemaRules() {
    }

    static void check(CheckContext ctx) {
        Dialect dialect = ctx.dialect;
        if (dialect.isGeneric()) {
            return;
        }
        YamlMapping mapping = ctx.frontMatter.mapping().orElseThrow();
        for (YamlEntry entry : mapping.entries()) {
            Optional<FieldSpec> spec = dialect.field(entry.name());
            if (spec.isEmpty()) {
                unknownKey(ctx, mapping, entry);
                continue;
            }
            if (spec.get().isDeprecated()) {
                deprecated(ctx, mapping, entry, spec.get());
            }
            List<Diagnostic> problems = FieldCheck.check(ctx, dialect, spec.get(), entry);
            problems.forEach(ctx::report);
            if (problems.isEmpty()) {
                toolNames(ctx, spec.get(), entry);
            }
        }
        required(ctx, mapping);
        nameMatchesFolder(ctx, mapping);
        hiddenNeedsSubagent(ctx, mapping);
    }

    private static void unknownKey(CheckContext ctx, YamlMapping mapping, YamlEntry entry) {
        Dialect dialect = ctx.dialect;
        List<String> known = dialect.fields().stream().map(FieldSpec::key).toList();
        Optional<String> suggestion = Suggestions.closest(entry.name(), known);
        Severity severity = dialect.unknownKeys() == UnknownKeys.REFUSED ? Severity.ERROR : Severity.WARNING;
        Fix fix = suggestion.filter(s -> mapping.entry(s).isEmpty())
                .map(s -> CheckContext.fix("Rename to '" + s + "'", FrontMatterEditor.rename(ctx.doc, entry.name(), s)))
                .orElse(null);
        ctx.report(severity, Code.KEY_UNKNOWN, "'" + entry.name() + "' is not a key " + dialect.toolName() + " knows"
                        + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("") + " (" + dialect.unknownKeyNote() + ")",
                entry.key().range(), entry.name(), fix);
    }

    private static void deprecated(CheckContext ctx, YamlMapping mapping, YamlEntry entry, FieldSpec spec) {
        String replacement = spec.replacedBy();
        Fix fix = replacement != null && mapping.entry(replacement).isEmpty()
                ? CheckContext.fix("Rename to '" + replacement + "'", FrontMatterEditor.rename(ctx.doc, entry.name(), replacement))
                : null;
        ctx.report(Severity.WARNING, Code.KEY_DEPRECATED, "'" + entry.name() + "' is deprecated: " + spec.deprecated()
                + (replacement != null ? "; use '" + replacement + "'" : ""), entry.key().range(), entry.name(), fix);
    }

    private static void required(CheckContext ctx, YamlMapping mapping) {
        TextRange fence = ctx.doc.openingFence();
        TextRange at = new TextRange(fence.start(), Math.max(fence.start(), Math.min(fence.end(), fence.start() + 3)));
        for (FieldSpec spec : ctx.dialect.fields()) {
            if (spec.required() && mapping.entry(spec.key()).isEmpty()) {
                Fix fix = null;
                if (spec.key().equals("name") && ctx.path != null) {
                    String name = DialectRegistry.slug(DialectRegistry.agentName(
                            ctx.dialect.nameSource() == NameSource.KEY ? fileNameDialect(ctx) : ctx.dialect, ctx.path, mapping)
                            .orElse(""));
                    if (!name.isEmpty()) {
                        fix = CheckContext.fix("Add name: " + name, FrontMatterEditor.set(ctx.doc, "name", new NewValue.Text(name)));
                    }
                }
                ctx.report(Severity.ERROR, Code.KEY_REQUIRED, ctx.dialect.toolName() + " requires '" + spec.key() + "' ("
                        + spec.doc() + ")", at, spec.key(), fix);
            }
        }
    }

    /** A stand-in dialect that names agents after their file, to propose a name for a dialect that needs a key. */
    private static Dialect fileNameDialect(CheckContext ctx) {
        return ctx.dialect.withNameSource(NameSource.FILE_NAME);
    }

    private static void nameMatchesFolder(CheckContext ctx, YamlMapping mapping) {
        if (ctx.dialect.nameSource() != NameSource.KEY_MATCHING_FOLDER || ctx.path == null
                || ctx.path.toAbsolutePath().getParent() == null) {
            return;
        }
        String folder = ctx.path.toAbsolutePath().getParent().getFileName().toString();
        mapping.value("name").filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                .filter(n -> !n.value().equals(folder))
                .ifPresent(n -> ctx.report(Severity.ERROR, Code.NAME_FOLDER, "the skill is named '" + n.value()
                                + "' but its folder is '" + folder + "'; " + ctx.tool() + " needs them to be equal",
                        n.range(), "name", CheckContext.fix("Change to '" + folder + "'",
                                FrontMatterEditor.set(ctx.doc, "name", new NewValue.Text(folder)))));
    }

    private static void hiddenNeedsSubagent(CheckContext ctx, YamlMapping mapping) {
        if (ctx.dialect.field("hidden").isEmpty() || ctx.dialect.field("mode").isEmpty()) {
            return;
        }
        mapping.entry("hidden").filter(h -> h.value() instanceof YamlScalar s && s.value().equals("true")).ifPresent(h -> {
            String mode = mapping.value("mode").filter(YamlScalar.class::isInstance).map(m -> ((YamlScalar) m).value())
                    .orElse(ctx.dialect.field("mode").flatMap(FieldSpec::defaultValueIfAny).orElse(""));
            if (!mode.equals("subagent")) {
                ctx.report(Severity.INFO, Code.HIDDEN_NOT_SUBAGENT, "'hidden: true' only hides subagents from @ completion;"
                        + " this agent's mode is '" + mode + "'", h.key().range(), "hidden", null);
            }
        });
    }

    /** Tool names in tools lists: a near miss of a known tool is a typo the tool drops silently. */
    private static void toolNames(CheckContext ctx, FieldSpec spec, YamlEntry entry) {
        boolean toolField = entry.name().toLowerCase().contains("tools");
        boolean listLike = spec.type() == FieldType.COMMA_OR_LIST || spec.type() == FieldType.STRING_LIST
                || spec.type() == FieldType.TOOL_MAP;
        if (!toolField || !listLike || ctx.dialect.tools().isEmpty()) {
            return;
        }
        for (ToolName tool : ToolName.in(ctx.doc.text(), entry.value())) {
            String name = tool.name();
            if (ctx.dialect.tools().containsKey(name) || name.contains("*") || name.contains("/") || name.startsWith("mcp__")) {
                continue;
            }
            Optional<String> suggestion = Suggestions.closest(name, ctx.dialect.tools().keySet());
            if (suggestion.isPresent()) {
                ctx.report(Severity.WARNING, Code.TOOL_UNKNOWN, "'" + name + "' is not a tool " + ctx.tool() + " knows; did you mean '"
                                + suggestion.get() + "'? Unknown tool names are dropped without a word",
                        tool.range(), entry.name(), new Fix("Change to '" + suggestion.get() + "'", new TextEdit(tool.range(), suggestion.get())));
            } else {
                ctx.report(Severity.INFO, Code.TOOL_UNKNOWN, "'" + name + "' is not a built-in " + ctx.tool()
                        + " tool; fine if an MCP server or plugin provides it", tool.range(), entry.name(), null);
            }
        }
    }

    /** One tool name written in a tools value, with the range of its base name in the text. */
    record ToolName(String name, TextRange range) {

        static List<ToolName> in(String text, YamlNode value) {
            List<ToolName> names = new ArrayList<>();
            if (value instanceof YamlScalar s) {
                splitComma(text, s, names);
            } else if (value instanceof YamlSequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlScalar s) {
                        splitComma(text, s, names);
                    }
                }
            } else if (value instanceof YamlMapping map) {
                map.entries().forEach(e -> names.add(new ToolName(e.name(), e.key().range())));
            }
            return names;
        }

        private static void splitComma(String text, YamlScalar s, List<ToolName> out) {
            String raw = s.range().of(text);
            int searchFrom = 0;
            for (String name : ToolList.split(s.value())) {
                String base = ToolList.baseName(name);
                if (base.isEmpty()) {
                    continue;
                }
                int at = raw.indexOf(base, searchFrom);
                TextRange range = at >= 0 ? new TextRange(s.range().start() + at, s.range().start() + at + base.length()) : s.range();
                if (at >= 0) {
                    searchFrom = at + name.length();
                }
                out.add(new ToolName(base, range));
            }
        }
    }
}
