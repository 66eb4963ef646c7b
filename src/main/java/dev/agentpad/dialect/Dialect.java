package dev.agentpad.dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agent file format, as data (one file under {@code dev/agentpad/dialect/}, merged with the user's overrides):
 * where the tool looks for files and how it names agents, the signs that tell a file is this dialect, what the tool
 * does with files it cannot fully read, the tools an agent may name, and the keys it knows.
 */
public record Dialect(String id, String displayName, String toolName, Provenance provenance, Places places, Signs signs,
                      Behaviour behaviour, ToolNames tools, List<FieldSpec> fields) {

    /** Which version of the tool the data describes, and where the facts come from. */
    public record Provenance(String version, String checked, List<String> sources) {
        public Provenance {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * Where the tool looks.
     *
     * @param paths        path patterns (glob, relative, {@code **} for any folders) that mark a file as this dialect
     * @param pluginPaths  path patterns of agents shipped in plugins, which the tool treats differently
     * @param newAgentPath where a new agent goes, relative to the project ({@code {name}} is its name), or null
     * @param skippedFileNames a pattern of file names the tool skips (Gemini CLI's {@code _draft.md}), or null
     * @param legacyFileNames file name endings the tool reads for now but wants moved, with what to do
     */
    public record Places(List<String> paths, List<String> pluginPaths, String newAgentPath, NameSource nameSource,
                         String skippedFileNames, Map<String, String> legacyFileNames) {
        public Places {
            paths = List.copyOf(paths);
            pluginPaths = List.copyOf(pluginPaths);
            legacyFileNames = legacyFileNames == null ? Map.of() : Map.copyOf(legacyFileNames);
        }

        /**
         * True for an agent shipped in a plugin: its path matches a plugin pattern, or its folder's parent is a plugin
         * (holds a {@code .claude-plugin} folder).
         */
        public boolean isInPlugin(Path file) {
            if (file == null || pluginPaths.isEmpty()) {
                return false;
            }
            if (pluginPaths.stream().map(PathPattern::of).anyMatch(p -> p.matches(file))) {
                return true;
            }
            Path folder = file.toAbsolutePath().getParent();
            Path plugin = folder == null ? null : folder.getParent();
            return plugin != null && Files.isDirectory(plugin.resolve(".claude-plugin"));
        }
    }

    /** Keys, and key to values, whose presence suggests this dialect when the path says nothing. */
    public record Signs(List<String> keys, Map<String, List<String>> values) {
        public Signs {
            keys = List.copyOf(keys);
            values = Map.copyOf(values);
        }
    }

    /**
     * What the tool does with what it cannot fully read.
     *
     * @param unknownKeyNote  what the tool does with unknown keys, for messages
     * @param invalidYamlNote what the tool does with a file whose front matter is not valid YAML, for messages
     * @param ifInvalidYaml   the effect of front matter it cannot read (null: not loaded)
     * @param ifInvalidYamlInPlugin the same for an agent shipped in a plugin (null: as for any other)
     * @param ifInvalidValue  the effect of a value of the wrong type or shape, unless the key says otherwise
     * @param yamlRetry       how the tool rereads front matter that strict YAML refuses, or null when it does not
     * @param yamlRetryNote   that reread in words, for messages ("Claude Code quotes the value and reads it again")
     * @param unknownTools    what the tool does with a tool name it does not know: dropped, refused, or (null) maybe MCP
     * @param bodyMaxChars    the longest prompt the tool accepts, or null
     */
    public record Behaviour(UnknownKeys unknownKeys, String unknownKeyNote, String invalidYamlNote, Effect ifInvalidYaml,
                            Effect ifInvalidYamlInPlugin, Effect ifInvalidValue, String yamlRetry, String yamlRetryNote,
                            String unknownTools,
                            Integer bodyMaxChars) {

        public Effect invalidYamlEffect() {
            return ifInvalidYaml != null ? ifInvalidYaml : Effect.NOT_LOADED;
        }

        public Effect invalidYamlEffect(boolean inPlugin) {
            return inPlugin && ifInvalidYamlInPlugin != null ? ifInvalidYamlInPlugin : invalidYamlEffect();
        }

        public Effect invalidValueEffect() {
            return ifInvalidValue != null ? ifInvalidValue : Effect.NOT_LOADED;
        }
    }

    /**
     * The tool names an agent may use.
     *
     * @param known      today's tools with one line of documentation each, in display order
     * @param aliases    older names the tool still reads, to today's name
     * @param gone       names that are no longer tools, with why: the tool drops them
     * @param ignoreCase true when the tool reads tool names in any case ({@code Read} is {@code read})
     * @param arguments  true when tool names may carry limits in parentheses, such as {@code Bash(git diff:*)}
     * @param mcp        how MCP tools are named in a tools list, or null when they cannot be
     */
    public record ToolNames(Map<String, String> known, Map<String, String> aliases, Map<String, String> gone, boolean ignoreCase,
                            boolean arguments, McpNames mcp) {
        public ToolNames {
            known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
            aliases = Map.copyOf(aliases);
            gone = Map.copyOf(gone);
        }

        /** Today's name for {@code name} (itself, or the tool it is an old name of), if the tool knows it. */
        public Optional<String> resolve(String name) {
            for (String k : known.keySet()) {
                if (ignoreCase ? k.equalsIgnoreCase(name) : k.equals(name)) {
                    return Optional.of(k);
                }
            }
            return aliases.entrySet().stream().filter(a -> ignoreCase ? a.getKey().equalsIgnoreCase(name) : a.getKey().equals(name))
                    .map(Map.Entry::getValue).findFirst();
        }

        public Optional<McpNames> mcpNames() {
            return Optional.ofNullable(mcp);
        }
    }

    public Dialect {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The key that plays {@code role} here, if the dialect has one. */
    public Optional<FieldSpec> field(Role role) {
        return fields.stream().filter(f -> f.role() == role).findFirst();
    }

    /** True for the catch-all dialect that knows no keys and gets only the YAML checks. */
    public boolean isGeneric() {
        return fields.isEmpty();
    }

    /** The same dialect with another way of naming agents. */
    public Dialect withNameSource(NameSource source) {
        return new Dialect(id, displayName, toolName, provenance, new Places(places.paths(), places.pluginPaths(), places.newAgentPath(), source,
                places.skippedFileNames(), places.legacyFileNames()), signs,
                behaviour, tools, fields);
    }

    @Override
    public String toString() {
        return id;
    }
}
