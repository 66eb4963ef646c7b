package dev.agentpad.io;

import dev.agentpad.dialect.DialectRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds agent files in a folder: Markdown that starts with front matter, and any file in a tool's agent
 * location (even without front matter, so a broken one is reported). README.md and other plain Markdown are
 * skipped, as are build and dependency folders.
 */
public final class AgentFiles {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            "dist", ".venv", "venv", ".idea", ".gradle");

    private AgentFiles() {
    }

    public static List<Path> discover(Path folder, DialectRegistry registry) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".mdc"))
                        && (registry.isAgentLocation(file) || startsWithFence(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** True when a text opens with front matter: a "---" line, after an optional byte-order mark. */
    public static boolean startsWithFence(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return start.startsWith("---\n") || start.startsWith("---\r") || start.startsWith("--- ") || start.startsWith("---\t");
    }

    /** Reads only the first bytes: enough to see a "---" line after an optional byte-order mark. */
    static boolean startsWithFence(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return startsWithFence(new String(Arrays.copyOf(head, n), StandardCharsets.UTF_8));
    }
}
