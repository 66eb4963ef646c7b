package dev.agentpad.dialect;

import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The known dialects, detection of a file's dialect, and the name a tool gives the agent. */
public final class DialectRegistry {

    private static final class Standard {
        static final DialectRegistry INSTANCE = new DialectRegistry(DialectLoader.loadAll());
    }

    /** Below this key score a file without a telling path is "generic Markdown with front matter". */
    private static final int MIN_KEY_SCORE = 3;

    private final List<Dialect> dialects;
    private final List<List<PathPattern>> patterns = new ArrayList<>();
    private final Set<String> knownKeys;
    private List<Path> overrideFiles = List.of();

    DialectRegistry(List<Dialect> dialects) {
        this.dialects = List.copyOf(dialects);
        for (Dialect d : dialects) {
            patterns.add(d.places().paths().stream().map(PathPattern::of).toList());
        }
        knownKeys = dialects.stream().flatMap(d -> d.fields().stream()).map(FieldSpec::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The dialects shipped with AgentPad, loaded once. */
    public static DialectRegistry standard() {
        return Standard.INSTANCE;
    }

    /**
     * The shipped dialects with the override files of {@code folders} merged over them (see {@link DialectOverrides});
     * the shipped ones alone when there are none. A bad file throws {@link DialectOverrides.Problem}.
     */
    public static DialectRegistry withOverrides(List<Path> folders) {
        List<Path> files = DialectOverrides.files(folders);
        if (files.isEmpty()) {
            return standard();
        }
        DialectRegistry registry = new DialectRegistry(DialectOverrides.apply(files));
        registry.overrideFiles = List.copyOf(files);
        return registry;
    }

    /** The override files merged into this registry, in the order they applied. */
    public List<Path> overrideFiles() {
        return overrideFiles;
    }

    public List<Dialect> all() {
        return dialects;
    }

    /** Every key some dialect reads: a line starting with one of these is a key, not prose. */
    public Set<String> knownKeys() {
        return knownKeys;
    }

    public Optional<Dialect> byId(String id) {
        return dialects.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Dialect generic() {
        return byId("generic").orElseThrow();
    }

    /** True when a tool of some dialect would load {@code path} as an agent, whatever its content. */
    public boolean isAgentLocation(Path path) {
        String normalized = PathPattern.normalized(path);
        return patterns.stream().flatMap(List::stream).anyMatch(p -> p.matches(normalized));
    }

    /** The dialect from the path first (when given), then from the keys present. */
    public Detection detect(Path path, YamlMapping frontMatter) {
        if (path != null) {
            String normalized = PathPattern.normalized(path);
            for (int i = 0; i < dialects.size(); i++) {
                for (PathPattern p : patterns.get(i)) {
                    if (p.matches(normalized)) {
                        return new Detection(dialects.get(i), "path matches " + p.glob());
                    }
                }
            }
        }
        Dialect best = generic();
        int bestScore = MIN_KEY_SCORE - 1;
        for (Dialect d : dialects) {
            int score = score(d, frontMatter);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best.isGeneric()
                ? new Detection(best, "no tool's path or keys matched")
                : new Detection(best, "keys look like " + best.displayName());
    }

    private int score(Dialect d, YamlMapping fm) {
        int score = 0;
        for (var entry : fm.entries()) {
            String key = entry.name();
            YamlNode value = entry.value();
            if (d.signs().keys().contains(key)) {
                score += 2;
            }
            if (value instanceof YamlScalar s && d.signs().values().getOrDefault(key, List.of()).contains(s.value())) {
                score += 2;
            }
            Optional<FieldSpec> field = d.field(key);
            if (field.isPresent()) {
                score += 1 + (shapeFits(field.get().type(), value) ? 1 : 0);
            }
            if (key.equals("tools")) {
                score += Math.min(2, (int) ToolList.items(value).stream().map(ToolList::baseName).filter(d.tools().known()::containsKey).count());
            }
        }
        return score;
    }

    private static boolean shapeFits(FieldType type, YamlNode value) {
        return switch (type) {
            case COMMA_OR_LIST -> value instanceof YamlScalar || value instanceof YamlSequence;
            case STRING_LIST -> value instanceof YamlSequence;
            case TOOL_MAP, MAP, PERMISSION -> value instanceof YamlMapping;
            default -> false;
        };
    }


    /** The name the tool will show for this agent, or empty when it has none (Claude without a name key). */
    public static Optional<String> agentName(Dialect dialect, Path path, YamlMapping frontMatter) {
        Optional<String> key = frontMatter.value("name").filter(YamlScalar.class::isInstance)
                .map(n -> ((YamlScalar) n).value()).filter(n -> !n.isBlank());
        return switch (dialect.places().nameSource()) {
            case KEY, KEY_MATCHING_FOLDER -> key;
            case AGENT_FOLDER_PATH -> key.or(() -> Optional.ofNullable(path).map(DialectRegistry::pathUnderAgentFolder));
            case FILE_NAME -> key.or(() -> Optional.ofNullable(path).map(DialectRegistry::fileStem));
        };
    }

    private static String pathUnderAgentFolder(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int i = p.getNameCount() - 2; i >= 0; i--) {
            String folder = p.getName(i).toString();
            if (folder.equals("agent") || folder.equals("agents") || folder.equals("mode") || folder.equals("modes")) {
                String rel = p.subpath(i + 1, p.getNameCount()).toString().replace('\\', '/');
                return rel.endsWith(".md") ? rel.substring(0, rel.length() - 3) : rel;
            }
        }
        return fileStem(path);
    }

    /** A name in the form most tools accept for identifiers: "Code Reviewer 2" is code-reviewer-2. */
    public static String slug(String value) {
        return value.strip().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public static String fileStem(Path path) {
        String name = path.getFileName().toString();
        for (String suffix : List.of(".agent.md", ".chatmode.md", ".md", ".mdc")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
