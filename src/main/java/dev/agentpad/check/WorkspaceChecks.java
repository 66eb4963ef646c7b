package dev.agentpad.check;

import dev.agentpad.dialect.AgentLocation;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.document.TextRange;
import dev.agentpad.resources.Resources;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The checks that need every agent of a folder at once (data: {@code workspace.yaml}): two agents of one tool and
 * project with the same name, a {@code name} key that differs from the file name where the tool would otherwise name
 * the agent after its file, and keys that name an agent or skill that is not in the folder (Copilot handoffs, Claude's
 * {@code Agent(worker)} and {@code skills}).
 */
public final class WorkspaceChecks {

    /** A key whose values name another agent (or skill) of dialect {@code to}. */
    private record Reference(String key, String itemKey, List<String> inside, String to, Set<String> builtIn, String elsewhere) {
    }

    /** A name found in a file, and where. */
    private record NameAt(String name, TextRange range) {
    }

    private final Map<String, String> duplicates = new LinkedHashMap<>();
    private final Map<String, List<Reference>> references = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private WorkspaceChecks(Map<String, Object> data) {
        data.forEach((dialect, value) -> {
            Map<String, Object> facts = (Map<String, Object>) value;
            if (facts.get("duplicates") != null) {
                duplicates.put(dialect, String.valueOf(facts.get("duplicates")));
            }
            List<Reference> refs = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) facts.getOrDefault("references", List.of())) {
                refs.add(new Reference(String.valueOf(r.get("key")), (String) r.get("item-key"), strings(r.get("inside")),
                        String.valueOf(r.get("to")), strings(r.get("built-in")).stream().map(WorkspaceChecks::folded)
                        .collect(Collectors.toSet()), String.valueOf(r.getOrDefault("elsewhere", "another folder"))));
            }
            references.put(dialect, refs);
        });
    }

    public static WorkspaceChecks standard() {
        return new WorkspaceChecks(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Resources.required("/dev/agentpad/dialect/workspace.yaml")));
    }

    /** The problems each file has because of the others; {@code root} is the folder, for naming files in messages. */
    public Map<Path, List<Diagnostic>> check(Path root, Map<Path, CheckResult> files) {
        Map<Path, List<Diagnostic>> found = new TreeMap<>();
        sameNames(root, files, found);
        namesAndFileNames(files, found);
        missingReferences(files, found);
        return found;
    }

    /** The results with each file's workspace problems added after its own. */
    public Map<Path, CheckResult> withWorkspaceProblems(Path root, Map<Path, CheckResult> files) {
        Map<Path, List<Diagnostic>> extra = check(root, files);
        Map<Path, CheckResult> merged = new LinkedHashMap<>();
        files.forEach((path, result) -> {
            List<Diagnostic> all = new ArrayList<>(result.diagnostics());
            all.addAll(extra.getOrDefault(path, List.of()));
            merged.put(path, new CheckResult(result.document(), result.frontMatter(), result.keys(), result.detection(),
                    result.agentName(), all));
        });
        return merged;
    }

    private void sameNames(Path root, Map<Path, CheckResult> files, Map<Path, List<Diagnostic>> found) {
        Map<String, List<Path>> byName = new TreeMap<>();
        files.forEach((path, result) -> {
            Dialect dialect = result.detection().dialect();
            if (!dialect.isGeneric() && duplicates.containsKey(dialect.id()) && result.agentName().isPresent()) {
                Path project = AgentLocation.projectOf(path.toAbsolutePath().normalize(), dialect);
                byName.computeIfAbsent(dialect.id() + "\n" + project + "\n" + result.agentName().get(), k -> new ArrayList<>()).add(path);
            }
        });
        for (List<Path> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Path path : same) {
                CheckResult result = files.get(path);
                Dialect dialect = result.detection().dialect();
                String others = same.stream().filter(p -> !p.equals(path)).map(p -> relative(root, p)).collect(Collectors.joining(", "));
                String message = String.format("%d %ss here are named '%s' (this file and %s). %s %s; give each its own name.",
                        same.size(), dialect.displayName(), result.agentName().get(), others, dialect.toolName(),
                        duplicates.get(dialect.id()));
                add(found, path, result, Severity.WARNING, Effect.MISREAD, Code.DUPLICATE_NAME, message, nameRange(result), "name");
            }
        }
    }

    private void namesAndFileNames(Map<Path, CheckResult> files, Map<Path, List<Diagnostic>> found) {
        files.forEach((path, result) -> {
            Dialect dialect = result.detection().dialect();
            if (dialect.isGeneric()) {
                return;
            }
            String fromFile = switch (dialect.places().nameSource()) {
                case FILE_NAME -> DialectRegistry.fileStem(path);
                default -> null;
            };
            if (fromFile == null) {
                return;
            }
            result.keys().value("name").filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).value())
                    .filter(name -> !name.isBlank() && !name.equalsIgnoreCase(fromFile)).ifPresent(name -> add(found, path, result,
                            Severity.INFO, Effect.WORKS, Code.NAME_FILE_NAME, String.format(
                                    "%s shows this agent as '%s' (the name key), not '%s' (its file name); references by "
                                            + "name must say '%s'. Rename the file or the name so they agree.",
                                    dialect.toolName(), name, fromFile, name), nameRange(result), "name"));
        });
    }

    private void missingReferences(Map<Path, CheckResult> files, Map<Path, List<Diagnostic>> found) {
        Map<String, Set<String>> namesByDialect = new LinkedHashMap<>();
        files.forEach((path, result) -> result.agentName().ifPresent(name -> namesByDialect
                .computeIfAbsent(result.detection().dialect().id(), k -> new HashSet<>()).add(folded(name))));
        files.forEach((path, result) -> {
            Dialect dialect = result.detection().dialect();
            for (Reference ref : references.getOrDefault(dialect.id(), List.of())) {
                Set<String> known = namesByDialect.getOrDefault(ref.to(), Set.of());
                for (NameAt named : namesIn(result.keys(), ref)) {
                    String name = folded(named.name());
                    if (known.contains(name) || ref.builtIn().contains(name) || named.name().contains(":")) {
                        continue; // a plugin's agent (plugin:agent) lives elsewhere
                    }
                    String what = ref.to().endsWith("skill") ? "skill" : "agent";
                    add(found, path, result, Severity.WARNING, Effect.KEY_IGNORED, Code.MISSING_REFERENCE, String.format(
                            "%s names the %s '%s', and there is no %s of that name in this folder. Unless it is in %s, "
                                    + "%s cannot find it.", ref.key(), what, named.name(), what, ref.elsewhere(), dialect.toolName()),
                            named.range(), ref.key());
                }
            }
        });
    }

    /** The names {@code ref} makes in the front matter: list items, an item's key, or the insides of TOOL(a, b). */
    private static List<NameAt> namesIn(YamlMapping keys, Reference ref) {
        List<NameAt> names = new ArrayList<>();
        YamlNode value = keys.value(ref.key()).orElse(null);
        if (value == null) {
            return names;
        }
        if (!ref.inside().isEmpty()) {
            for (String item : ToolList.items(value)) {
                String base = ToolList.baseName(item);
                int open = item.indexOf('(');
                if (ref.inside().contains(base) && open > 0 && item.endsWith(")")) {
                    for (String name : item.substring(open + 1, item.length() - 1).split(",")) {
                        if (!name.isBlank() && !name.contains("*")) {
                            names.add(new NameAt(name.strip(), value.range()));
                        }
                    }
                }
            }
            return names;
        }
        List<YamlNode> items = value instanceof YamlSequence seq ? seq.items() : List.of(value);
        for (YamlNode item : items) {
            if (ref.itemKey() != null) {
                if (item instanceof YamlMapping map) {
                    map.value(ref.itemKey()).filter(YamlScalar.class::isInstance)
                            .ifPresent(n -> names.add(new NameAt(((YamlScalar) n).value(), n.range())));
                }
            } else if (item instanceof YamlScalar scalar && !scalar.value().isBlank()) {
                for (String name : ToolList.split(scalar.value())) {
                    names.add(new NameAt(name, scalar.range()));
                }
            }
        }
        return names;
    }

    private static TextRange nameRange(CheckResult result) {
        return result.keys().value("name").map(YamlNode::range).orElse(new TextRange(0, 0));
    }

    private static void add(Map<Path, List<Diagnostic>> found, Path path, CheckResult result, Severity severity, Effect effect,
                            Code code, String message, TextRange range, String key) {
        int length = result.document().text().length();
        TextRange inside = new TextRange(Math.min(range.start(), length), Math.min(range.end(), length));
        found.computeIfAbsent(path, p -> new ArrayList<>()).add(new Diagnostic(severity, code, message, inside,
                result.document().positionOf(inside.start()), result.document().positionOf(inside.end()), key, null, effect,
                result.detection().dialect().toolName()));
    }

    private static String relative(Path root, Path file) {
        try {
            return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
