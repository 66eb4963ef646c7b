package dev.agentpad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} files met while walking down a folder, applied as git applies them: the nearest file that
 * says something about a path decides (a later {@code !pattern} re-includes), and patterns are relative to the
 * folder of their file. JGit parses the patterns, so negation, {@code **} and anchoring follow git exactly.
 */
final class GitIgnores {

    private record Level(Path dir, IgnoreNode rules) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    /** Entering {@code dir}: its {@code .gitignore}, if any, applies below it. */
    void enter(Path dir) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return;
        }
        IgnoreNode rules = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            rules.parse(file.toString(), in);
        } catch (IOException e) {
            return; // an unreadable .gitignore ignores nothing, as git does
        }
        levels.push(new Level(dir, rules));
    }

    void leave(Path dir) {
        if (!levels.isEmpty() && levels.peek().dir().equals(dir)) {
            levels.pop();
        }
    }

    boolean ignored(Path path, boolean folder) {
        for (Level level : levels) { // nearest first
            String relative = level.dir().relativize(path).toString().replace('\\', '/');
            IgnoreNode.MatchResult result = level.rules().isIgnored(relative, folder);
            if (result == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
            if (result == IgnoreNode.MatchResult.NOT_IGNORED) {
                return false;
            }
        }
        return false;
    }
}
