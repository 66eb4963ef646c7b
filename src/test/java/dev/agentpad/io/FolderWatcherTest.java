package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files created, changed and deleted from outside are reported, in folders made after the watch began too. */
class FolderWatcherTest {

    @TempDir
    Path dir;

    private final Set<Path> seen = ConcurrentHashMap.newKeySet();

    private void waitFor(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!seen.contains(path) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(seen).contains(path);
        seen.clear();
    }

    @Test
    void reportsCreatedChangedAndDeletedFilesInOldAndNewFolders() throws Exception {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        try (FolderWatcher watcher = new FolderWatcher(seen::addAll)) {
            watcher.watch(dir, true);
            Path file = agents.resolve("a.md");
            Files.writeString(file, "---\nname: a\n---\n");
            waitFor(file);
            Files.writeString(file, "changed");
            waitFor(file);
            Files.delete(file);
            waitFor(file);
            Path later = Files.createDirectories(dir.resolve(".opencode/agent"));
            Path inLater = later.resolve("b.md");
            Files.writeString(inLater, "x");
            waitFor(inLater);
            Files.writeString(inLater, "changed after the folder was registered");
            waitFor(inLater);
            Files.writeString(dir.resolve("node_modules/pkg/c.md"), "not watched");
            Path marker = agents.resolve("marker.md");
            Files.writeString(marker, "x");
            waitFor(marker);
            assertThat(seen).doesNotContain(dir.resolve("node_modules/pkg/c.md"));
        }
    }
}
