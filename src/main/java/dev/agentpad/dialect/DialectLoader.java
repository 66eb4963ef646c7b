package dev.agentpad.dialect;

import dev.agentpad.resources.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the dialect data files shipped under {@code dev/agentpad/dialect/}. The files are ours, so a mistake
 * in one (an unknown attribute, a misspelt type) fails loudly with the file and key named.
 */
final class DialectLoader {

    private static final String FOLDER = "/dev/agentpad/dialect/";
    static final Set<String> DIALECT_KEYS = Set.of("id", "name", "tool", "checked", "paths", "detect-keys",
            "detect-values", "name-from", "unknown-keys", "unknown-key-note", "invalid-yaml-note", "body-max-chars", "tools",
            "tool-names-ignore-case", "tool-arguments", "mcp-tool-names", "new-agent-path",
            "if-invalid-yaml", "if-invalid-value", "yaml-retry", "version", "sources", "tool-aliases", "gone-tools", "plugin-paths",
            "if-invalid-yaml-in-plugin", "unknown-tools", "yaml-retry-note", "skipped-file-names", "legacy-file-names", "fields");
    static final Set<String> FIELD_KEYS = Set.of("key", "type", "required", "default", "values", "open-values",
            "pattern", "min-length", "max-length", "min", "max", "deprecated", "replaced-by", "consequence",
            "permissions", "prefer-list", "role", "source", "since", "if-invalid", "doc", "advice-pattern", "refused-pattern",
            "plugin", "targets", "needs-tool", "items", "add-values");

    private DialectLoader() {
    }

    static List<Dialect> loadAll() {
        List<Dialect> dialects = new ArrayList<>();
        builtIns().forEach((id, data) -> dialects.add(build(id + ".yaml", data)));
        return dialects;
    }

    /** The shipped dialect data, by id, in detection order. */
    static Map<String, Map<String, Object>> builtIns() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        for (String line : resource("index.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                try {
                    all.put(id, parse(id + ".yaml", resource(id + ".yaml")));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("dialect data " + id + ".yaml is broken: " + e.getMessage(), e);
                }
            }
        }
        return all;
    }

    static Map<String, Object> parse(String file, String yaml) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(data instanceof Map<?, ?>)) {
            throw new IllegalStateException(file + " must be a map of dialect attributes");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) data);
        requireOnly(file, map, DIALECT_KEYS);
        return map;
    }

    static Dialect load(String file, String yaml) {
        return build(file, parse(file, yaml));
    }

    static Dialect build(String file, Map<String, Object> data) {
        List<FieldSpec> fields = new ArrayList<>();
        for (Map<String, Object> f : listOfMaps(data.get("fields"))) {
            fields.add(field(file, f));
        }
        Map<String, List<String>> detectValues = new LinkedHashMap<>();
        map(data.get("detect-values")).forEach((k, v) -> detectValues.put(k, strings(v)));
        return new Dialect(str(data.get("id")), str(data.get("name")), str(data.get("tool")),
                new Dialect.Provenance(str(data.get("version")), str(data.get("checked")), strings(data.get("sources"))),
                new Dialect.Places(strings(data.get("paths")), strings(data.get("plugin-paths")), str(data.get("new-agent-path")),
                        NameSource.fromData(str(data.get("name-from"))), str(data.get("skipped-file-names")),
                        strMap(data.get("legacy-file-names"))),
                new Dialect.Signs(strings(data.get("detect-keys")), detectValues),
                new Dialect.Behaviour(UnknownKeys.fromData(str(data.get("unknown-keys"))), str(data.get("unknown-key-note")),
                        str(data.get("invalid-yaml-note")), Effect.fromData(str(data.get("if-invalid-yaml"))),
                        Effect.fromData(str(data.get("if-invalid-yaml-in-plugin"))), Effect.fromData(str(data.get("if-invalid-value"))),
                        str(data.get("yaml-retry")), str(data.get("yaml-retry-note")), str(data.get("unknown-tools")),
                        integer(data.get("body-max-chars"))),
                new Dialect.ToolNames(strMap(data.get("tools")), strMap(data.get("tool-aliases")), strMap(data.get("gone-tools")),
                        Boolean.TRUE.equals(data.get("tool-names-ignore-case")), Boolean.TRUE.equals(data.get("tool-arguments")),
                        mcpNames(data.get("mcp-tool-names"))),
                fields);
    }

    static FieldSpec field(String file, Map<String, Object> f) {
        requireOnly(file + " field " + f.get("key"), f, FIELD_KEYS);
        return new FieldSpec(str(f.get("key")), FieldType.fromData(str(f.get("type"))),
                Boolean.TRUE.equals(f.get("required")), str(f.get("default")), strings(f.get("values")),
                Boolean.TRUE.equals(f.get("open-values")), str(f.get("pattern")), str(f.get("advice-pattern")),
                str(f.get("refused-pattern")), integer(f.get("min-length")), integer(f.get("max-length")), number(f.get("min")),
                number(f.get("max")), str(f.get("deprecated")), str(f.get("replaced-by")), str(f.get("consequence")),
                permissions(f.get("permissions")), Boolean.TRUE.equals(f.get("prefer-list")), Role.fromData(str(f.get("role"))),
                str(f.get("source")), str(f.get("since")), Effect.fromData(str(f.get("if-invalid"))),
                "ignored".equals(str(f.get("plugin"))), strings(f.get("targets")), str(f.get("needs-tool")), items(f.get("items")),
                str(f.get("doc"))).withAddedValues(strings(f.get("add-values")));
    }

    private static Map<String, String> strMap(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, str(v)));
        return out;
    }

    private static FieldSpec.Items items(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o);
        return new FieldSpec.Items(strings(m.get("required")), strings(m.get("optional")), str(m.get("unique")));
    }

    private static McpNames mcpNames(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o);
        return new McpNames(str(m.get("tool")), str(m.get("server")));
    }

    private static PermissionRules permissions(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o);
        return new PermissionRules(strings(m.get("actions")), strings(m.get("pattern-keys")), strings(m.get("action-only-keys")),
                strMap(m.get("never-match")));
    }

    private static void requireOnly(String where, Map<String, Object> data, Set<String> allowed) {
        for (String key : data.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalStateException("dialect data " + where + ": unknown attribute '" + key + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOfMaps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static String resource(String name) {
        return Resources.required(FOLDER + name);
    }
}
