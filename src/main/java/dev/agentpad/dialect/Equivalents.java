package dev.agentpad.dialect;

import dev.agentpad.resources.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What tool and model names mean across dialects (data: {@code conversions.yaml}): which capabilities (reading files,
 * running commands ...) each tool name grants in each dialect, and which models are the same model.
 */
public final class Equivalents {

    /** One capability and the names that grant it, per dialect. */
    private record Row(String id, String what, boolean patterns, Map<String, List<String>> names) {
    }

    private final List<Row> capabilities;
    private final List<Map<String, String>> models;

    private Equivalents(List<Row> capabilities, List<Map<String, String>> models) {
        this.capabilities = capabilities;
        this.models = models;
    }

    @SuppressWarnings("unchecked")
    public static Equivalents standard() {
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Resources.required("/dev/agentpad/dialect/conversions.yaml"));
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) data.get("capabilities")) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    names.put(k, list.stream().map(String::valueOf).toList());
                }
            });
            rows.add(new Row(String.valueOf(row.get("id")), String.valueOf(row.get("what")), Boolean.TRUE.equals(row.get("patterns")), names));
        }
        return new Equivalents(List.copyOf(rows), (List<Map<String, String>>) data.get("models"));
    }

    /** Every capability, in the table's order. */
    public List<String> capabilities() {
        return capabilities.stream().map(Row::id).toList();
    }

    /** A capability in words, such as "creating files". */
    public String what(String capability) {
        return capabilities.stream().filter(r -> r.id.equals(capability)).map(Row::what).findFirst().orElse(capability);
    }

    /** True when a grant of {@code capability} can be limited by command patterns that dialects can carry over. */
    public boolean hasPatterns(String capability) {
        return capabilities.stream().anyMatch(r -> r.id.equals(capability) && r.patterns);
    }

    /** The capabilities {@code tool} grants in {@code dialect}; empty for a name the table does not know. */
    public Set<String> capabilitiesOf(Dialect dialect, String tool) {
        Set<String> caps = new LinkedHashSet<>();
        for (Row row : capabilities) {
            for (String name : row.names.getOrDefault(dialect.id(), List.of())) {
                if (dialect.tools().ignoreCase() ? name.equalsIgnoreCase(tool) : name.equals(tool)) {
                    caps.add(row.id);
                }
            }
        }
        return caps;
    }

    /** The names a conversion writes in {@code dialect}: each row's first name, once each, in the table's order. */
    public List<String> writtenTools(Dialect dialect) {
        Set<String> names = new LinkedHashSet<>();
        for (Row row : capabilities) {
            List<String> here = row.names.getOrDefault(dialect.id(), List.of());
            if (!here.isEmpty()) {
                names.add(here.get(0));
            }
        }
        return List.copyOf(names);
    }

    /** A model of {@code from} as {@code to} names it. */
    public Optional<String> model(String name, String from, String to) {
        return models.stream().filter(r -> name.equals(r.get(from)) && r.get(to) != null).map(r -> r.get(to)).findFirst();
    }
}
