package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.FieldType;
import dev.agentpad.dialect.NameSource;
import dev.agentpad.dialect.Role;
import dev.agentpad.dialect.ToolList;
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
import java.util.Map;
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
            if (spec.get().ignoredInPlugins() && ctx.inPlugin) {
                ctx.report(Effect.KEY_IGNORED, Code.KEY_IGNORED_HERE, "'" + entry.name() + "' is ignored in agents shipped in plugins"
                        + " (for security); move the agent to .claude/agents/ for this control", entry.key().range(), entry.name(), null);
                continue;
            }
            if (!spec.get().targets().isEmpty()) {
                String target = mapping.value("target").filter(YamlScalar.class::isInstance).map(v -> ((YamlScalar) v).value()).orElse(null);
                if (target != null && !spec.get().targets().contains(target)) {
                    ctx.report(Severity.INFO, Effect.KEY_IGNORED, Code.KEY_IGNORED_HERE, "'" + entry.name() + "' is read only for target "
                            + String.join(" or ", spec.get().targets()) + "; with target: " + target + " it is ignored",
                            entry.key().range(), entry.name(), null);
                }
            }
            List<Diagnostic> problems = FieldCheck.check(ctx, dialect, spec.get(), entry);
            problems.forEach(ctx::report);
            if (problems.isEmpty()) {
                toolNames(ctx, spec.get(), entry);
            }
        }
        required(ctx, mapping);
        neededTools(ctx, mapping);
        nameMatchesFolder(ctx, mapping);
        hiddenNeedsSubagent(ctx, mapping);
    }

    private static void unknownKey(CheckContext ctx, YamlMapping mapping, YamlEntry entry) {
        Dialect dialect = ctx.dialect;
        List<String> known = dialect.fields().stream().map(FieldSpec::key).toList();
        Optional<String> suggestion = Suggestions.closest(entry.name(), known);
        Severity severity = dialect.behaviour().unknownKeys() == UnknownKeys.REFUSED ? Severity.ERROR : Severity.WARNING;
        Fix fix = suggestion.filter(s -> mapping.entry(s).isEmpty())
                .map(s -> CheckContext.fix("Rename to '" + s + "'", FrontMatterEditor.rename(ctx.doc, entry.name(), s)))
                .orElse(null);
        ctx.report(severity, Code.KEY_UNKNOWN, "'" + entry.name() + "' is not a key " + dialect.toolName() + " knows"
                        + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("") + " (" + dialect.behaviour().unknownKeyNote() + ")",
                entry.key().range(), entry.name(), fix);
    }

    private static void deprecated(CheckContext ctx, YamlMapping mapping, YamlEntry entry, FieldSpec spec) {
        String replacement = spec.replacedBy();
        Fix fix = replacement != null && mapping.entry(replacement).isEmpty()
                ? CheckContext.fix("Rename to '" + replacement + "'", FrontMatterEditor.rename(ctx.doc, entry.name(), replacement))
                : spec.role() == Role.TOOL_SWITCHES ? ToolSwitchesFix.of(ctx, mapping, entry).orElse(null) : null;
        Effect effect = spec.ifInvalid() != null ? spec.ifInvalid() : Effect.WORKS;
        ctx.report(effect.isHarmful() ? Severity.ERROR : Severity.WARNING, effect, Code.KEY_DEPRECATED, "'" + entry.name()
                + "' is deprecated: " + spec.deprecated() + (replacement != null ? "; use '" + replacement + "'" : ""),
                entry.key().range(), entry.name(), fix);
    }

    private static void required(CheckContext ctx, YamlMapping mapping) {
        TextRange fence = ctx.doc.openingFence();
        TextRange at = new TextRange(fence.start(), Math.max(fence.start(), Math.min(fence.end(), fence.start() + 3)));
        for (FieldSpec spec : ctx.dialect.fields()) {
            if (spec.required() && mapping.entry(spec.key()).isEmpty()) {
                Fix fix = null;
                if (spec.key().equals("name") && ctx.path != null) {
                    String name = DialectRegistry.slug(DialectRegistry.agentName(
                            ctx.dialect.places().nameSource() == NameSource.KEY ? fileNameDialect(ctx) : ctx.dialect, ctx.path, mapping)
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

    /** A key that does nothing unless the agent has a certain tool (Copilot's agents needs the agent tool). */
    private static void neededTools(CheckContext ctx, YamlMapping mapping) {
        Optional<FieldSpec> toolsKey = ctx.dialect.field(Role.TOOLS);
        Optional<YamlNode> tools = toolsKey.flatMap(t -> mapping.value(t.key()));
        if (tools.isEmpty()) {
            return; // no list: every tool
        }
        List<String> listed = ToolList.items(tools.get()).stream().map(n -> ctx.dialect.tools().resolve(ToolList.baseName(n)).orElse(n)).toList();
        for (FieldSpec spec : ctx.dialect.fields()) {
            if (spec.needsTool() == null || listed.contains(spec.needsTool()) || listed.contains("*")) {
                continue;
            }
            mapping.entry(spec.key()).ifPresent(e -> ctx.report(Effect.KEY_IGNORED, Code.KEY_IGNORED_HERE, "'" + spec.key()
                    + "' needs the '" + spec.needsTool() + "' tool, which '" + toolsKey.get().key() + "' does not list; add it or '"
                    + spec.key() + "' does nothing", e.key().range(), spec.key(), null));
        }
    }

    /** A stand-in dialect that names agents after their file, to propose a name for a dialect that needs a key. */
    private static Dialect fileNameDialect(CheckContext ctx) {
        return ctx.dialect.withNameSource(NameSource.FILE_NAME);
    }

    private static void nameMatchesFolder(CheckContext ctx, YamlMapping mapping) {
        if (ctx.dialect.places().nameSource() != NameSource.KEY_MATCHING_FOLDER || ctx.path == null
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

    /**
     * Tool names in tools lists, as the tool resolves them: today's names and their old aliases load; a name that is
     * gone, or a near miss of a known one, is dropped; another name is fine where an MCP server or plugin can provide
     * it, dropped or refused elsewhere. When every name of an allow-list fails, Claude Code refuses to launch the agent
     * (CHANGELOG 2.1.208).
     */
    private static void toolNames(CheckContext ctx, FieldSpec spec, YamlEntry entry) {
        Dialect.ToolNames names = ctx.dialect.tools();
        boolean listOfTools = spec.role() == Role.TOOLS || spec.role() == Role.DENIED_TOOLS || spec.role() == Role.TOOL_SWITCHES;
        if (!listOfTools || names.known().isEmpty()) {
            return;
        }
        List<ToolName> listed = ToolName.in(ctx.doc.text(), entry.value());
        List<String> failed = new ArrayList<>();
        for (ToolName tool : listed) {
            String name = tool.name();
            if (names.resolve(name).isPresent() || name.contains("*") || names.mcpNames().flatMap(n -> n.read(name)).isPresent()) {
                continue;
            }
            failed.add(name);
            String gone = names.ignoreCase() ? names.gone().entrySet().stream().filter(g -> g.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null) : names.gone().get(name);
            Optional<String> suggestion = Suggestions.closest(name, names.known().keySet());
            if (gone != null) {
                ctx.report(Effect.KEY_IGNORED, Code.TOOL_UNKNOWN, "'" + name + "' is no longer a " + ctx.tool() + " tool (" + gone
                        + "); it is dropped without a word", tool.range(), entry.name(), null);
            } else if (suggestion.isPresent()) {
                ctx.report(unknownToolEffect(ctx, Effect.KEY_IGNORED), Code.TOOL_UNKNOWN, "'" + name + "' is not a tool " + ctx.tool()
                                + " knows; did you mean '" + suggestion.get() + "'? " + unknownToolOutcome(ctx),
                        tool.range(), entry.name(), new Fix("Change to '" + suggestion.get() + "'", new TextEdit(tool.range(), suggestion.get())));
            } else if ("dropped".equals(ctx.dialect.behaviour().unknownTools()) || "refused".equals(ctx.dialect.behaviour().unknownTools())) {
                ctx.report(unknownToolEffect(ctx, Effect.KEY_IGNORED), Code.TOOL_UNKNOWN, "'" + name + "' is not a " + ctx.tool()
                        + " tool; " + unknownToolOutcome(ctx), tool.range(), entry.name(), null);
            } else {
                ctx.report(Severity.INFO, Code.TOOL_UNKNOWN, "'" + name + "' is not a built-in " + ctx.tool()
                        + " tool; fine if an MCP server or plugin provides it, ignored otherwise", tool.range(), entry.name(), null);
            }
        }
        if (spec.role() == Role.TOOLS && !listed.isEmpty() && failed.size() == listed.size() && ctx.dialect.tools().arguments()) {
            ctx.report(Effect.REFUSES_TO_LAUNCH, Code.TOOLS_RESOLVE_TO_NOTHING, "none of the tools listed (" + String.join(", ", failed)
                    + ") is a " + ctx.tool() + " tool, so " + ctx.tool() + " refuses to launch this agent (since 2.1.208)",
                    entry.value().range().isEmpty() ? entry.key().range() : entry.value().range(), entry.name(), null);
        }
    }

    private static Effect unknownToolEffect(CheckContext ctx, Effect otherwise) {
        return "refused".equals(ctx.dialect.behaviour().unknownTools()) ? Effect.NOT_LOADED : otherwise;
    }

    private static String unknownToolOutcome(CheckContext ctx) {
        return "refused".equals(ctx.dialect.behaviour().unknownTools())
                ? ctx.tool() + " refuses the whole agent for a tool name it does not know"
                : "unknown tool names are dropped without a word";
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
