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
 * skipped, as are version-control, build and dependency folders and whatever the folder's {@code .gitignore} files
 * ignore (read with JGit's own rules, nested files included).
 */
public final class AgentFiles {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            "dist", "out", ".venv", "venv", ".idea", ".gradle", "__pycache__", ".next", ".cache");

    private AgentFiles() {
    }

    public static List<Path> discover(Path folder, DialectRegistry registry) throws IOException {
        List<Path> found = new ArrayList<>();
        GitIgnores ignores = new GitIgnores();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(folder) && (SKIPPED_FOLDERS.contains(dir.getFileName().toString()) || ignores.ignored(dir, true))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                ignores.enter(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".mdc")) && !ignores.ignored(file, false)
                        && (registry.isAgentLocation(file) || startsWithFence(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder or a broken link: the rest is still found
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                ignores.leave(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** True for the folders discovery never enters ({@code .git}, {@code node_modules}, build output ...). */
    public static boolean isSkippedFolder(String name) {
        return SKIPPED_FOLDERS.contains(name);
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
