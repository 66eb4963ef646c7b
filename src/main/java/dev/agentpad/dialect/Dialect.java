package dev.agentpad.dialect;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agent file format, as data: where the tool looks for files, how it names agents, which keys it knows,
 * what it does with keys it does not know, and the tools an agent may use.
 *
 * @param paths             path patterns (glob, relative, {@code **} for any folders) that mark a file as this dialect
 * @param detectKeys        keys whose presence suggests this dialect when the path says nothing
 * @param detectValues      key to values that suggest this dialect
 * @param unknownKeys       what the tool does with keys it does not know
 * @param unknownKeyNote    what the tool does with unknown keys, for messages
 * @param invalidYamlNote   what the tool does with a file whose front matter is not valid YAML
 * @param bodyMaxChars      the longest prompt the tool accepts, or null
 * @param tools             known tool names with one line of documentation each, in display order
 * @param toolNamesIgnoreCase true when the tool reads tool names in any case ({@code Read} is {@code read})
 * @param toolArguments     true when tool names may carry limits in parentheses, such as {@code Bash(git diff:*)}
 * @param mcpNames          how MCP tools are named in a tools list, or null when they cannot be
 * @param newAgentPath      where the tool looks for a new agent, relative to the project ({@code {name}} is the agent's
 *                          name), or null
 */
public record Dialect(String id, String displayName, String toolName, String checkedAgainst, List<String> paths,
                      List<String> detectKeys, Map<String, List<String>> detectValues, NameSource nameSource,
                      UnknownKeys unknownKeys, String unknownKeyNote, String invalidYamlNote, Integer bodyMaxChars,
                      Map<String, String> tools, boolean toolNamesIgnoreCase, boolean toolArguments, McpNames mcpNames,
                      String newAgentPath, List<FieldSpec> fields) {

    public Dialect {
        paths = List.copyOf(paths);
        detectKeys = List.copyOf(detectKeys);
        detectValues = Map.copyOf(detectValues);
        tools = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tools));
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<McpNames> mcpToolNames() {
        return Optional.ofNullable(mcpNames);
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
        return new Dialect(id, displayName, toolName, checkedAgainst, paths, detectKeys, detectValues, source, unknownKeys,
                unknownKeyNote, invalidYamlNote, bodyMaxChars, tools, toolNamesIgnoreCase, toolArguments, mcpNames, newAgentPath, fields);
    }

    @Override
    public String toString() {
        return id;
    }
}
