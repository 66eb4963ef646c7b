package dev.agentpad.dialect;

import dev.agentpad.resources.UserFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user's and the project's own dialect data, merged over the shipped dialects so a new tool, model, key or colour
 * needs no new release. Each {@code *.yaml} file in a folder names the dialect it extends by {@code id} (or a new one,
 * which must then be complete) and gives only what changes: single values replace, maps (tools, tool-aliases ...) gain
 * entries, lists (paths, detect-keys) gain items, and fields merge by key (attributes replace; {@code add-values} adds
 * allowed values). Folders are applied in order: the user's config, then the project's {@code .agentpad/dialects}.
 */
public final class DialectOverrides {

    /** A file that cannot be used, with why; nothing of it is applied. */
    public static final class Problem extends RuntimeException {
        private final Path file;

        Problem(Path file, String message, Throwable cause) {
            super(file + ": " + message, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    private static final List<String> MAPS = List.of("tools", "tool-aliases", "gone-tools", "detect-values", "mcp-tool-names",
            "legacy-file-names");
    private static final List<String> LISTS = List.of("paths", "plugin-paths", "detect-keys", "sources");

    private DialectOverrides() {
    }

    /**
     * Where overrides come from for a file or folder at {@code start} (null: the working folder): the user's config
     * folder's {@code dialects}, then the project's {@code .agentpad/dialects} found by looking up from {@code start}.
     */
    public static List<Path> foldersFor(Path start) {
        Path from = start == null ? Path.of("") : start;
        List<Path> folders = new ArrayList<>();
        folders.add(UserFolders.forUser().config().resolve("dialects"));
        Path project = projectFolder(Files.isDirectory(from) ? from : from.toAbsolutePath().getParent());
        if (project != null) {
            folders.add(project);
        }
        return folders;
    }

    /** The project folder's {@code .agentpad/dialects}, looking up from {@code start}; null when there is none. */
    public static Path projectFolder(Path start) {
        for (Path p = start == null ? null : start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path folder = p.resolve(".agentpad/dialects");
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return null;
    }

    /** The override files of {@code folders} (missing folders skipped), in the order they apply. */
    public static List<Path> files(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new Problem(folder, "cannot list the folder: " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The shipped dialects with every override file applied; a bad file throws a {@link Problem} naming it. */
    static List<Dialect> apply(List<Path> files) {
        Map<String, Map<String, Object>> all = DialectLoader.builtIns();
        for (Path file : files) {
            Map<String, Object> data;
            try {
                data = DialectLoader.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new Problem(file, e.getMessage(), e);
            }
            Object id = data.get("id");
            if (!(id instanceof String name) || name.isBlank()) {
                throw new Problem(file, "needs 'id': the dialect it extends (" + String.join(", ", all.keySet()) + ") or a new one", null);
            }
            if (all.containsKey(name)) {
                all.put(name, merge(all.get(name), data, file));
            } else {
                Map<String, Map<String, Object>> withNew = new LinkedHashMap<>();
                all.forEach((k, v) -> {
                    if (k.equals("generic")) {
                        withNew.put(name, data); // the catch-all stays last in detection order
                    }
                    withNew.put(k, v);
                });
                withNew.putIfAbsent(name, data);
                all = withNew;
            }
        }
        List<Dialect> dialects = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : all.entrySet()) {
            try {
                dialects.add(DialectLoader.build(e.getKey(), e.getValue()));
            } catch (RuntimeException ex) {
                Path culprit = files.isEmpty() ? Path.of(e.getKey()) : files.get(files.size() - 1);
                throw new Problem(culprit, "dialect '" + e.getKey() + "' cannot be built: " + ex.getMessage(), ex);
            }
        }
        return dialects;
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over, Path file) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (MAPS.contains(key)) {
                Map<String, Object> m = new LinkedHashMap<>(DialectLoader.map(base.get(key)));
                m.putAll(DialectLoader.map(value));
                merged.put(key, m);
            } else if (LISTS.contains(key)) {
                LinkedHashSet<Object> items = new LinkedHashSet<>(list(base.get(key)));
                items.addAll(list(value));
                merged.put(key, new ArrayList<>(items));
            } else if (key.equals("fields")) {
                merged.put(key, mergeFields(DialectLoader.listOfMaps(base.get(key)), DialectLoader.listOfMaps(value), file));
            } else {
                merged.put(key, value);
            }
        }
        return merged;
    }

    private static List<Map<String, Object>> mergeFields(List<Map<String, Object>> base, List<Map<String, Object>> over, Path file) {
        List<Map<String, Object>> fields = new ArrayList<>();
        base.forEach(f -> fields.add(new LinkedHashMap<>(f)));
        for (Map<String, Object> f : over) {
            Object key = f.get("key");
            if (key == null) {
                throw new Problem(file, "a field without 'key'", null);
            }
            Map<String, Object> existing = fields.stream().filter(b -> key.equals(b.get("key"))).findFirst().orElse(null);
            if (existing == null) {
                if (!f.containsKey("type")) {
                    throw new Problem(file, "the new field '" + key + "' needs a 'type'", null);
                }
                fields.add(new LinkedHashMap<>(f));
            } else {
                existing.putAll(f);
            }
        }
        return fields;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
