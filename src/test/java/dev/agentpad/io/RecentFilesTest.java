package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("dev/agentpad-test-recent");

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostTen() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 12; i++) {
            recent.add(Path.of("/tmp/a" + i + ".md"));
        }
        recent.add(Path.of("/tmp/a5.md"));
        assertThat(recent.list()).hasSize(10).first().isEqualTo(Path.of("/tmp/a5.md"));
        assertThat(recent.list()).doesNotHaveDuplicates();
        recent.remove(Path.of("/tmp/a5.md"));
        assertThat(new RecentFiles(node).list()).as("kept between runs").hasSize(9).doesNotContain(Path.of("/tmp/a5.md"));
    }

    @Test
    void theLastSessionsFolderAndOpenFilesAreKeptWhileTheyExist(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "a");
        Path b = Files.writeString(dir.resolve("b.md"), "b");
        RecentFiles recent = new RecentFiles(node);
        recent.rememberFolder(dir);
        recent.rememberOpenFiles(List.of(b, a));
        assertThat(new RecentFiles(node).lastFolder()).contains(dir.toAbsolutePath().normalize());
        Files.delete(a);
        assertThat(new RecentFiles(node).lastOpenFiles()).as("a file deleted since is left out").containsExactly(b);
        recent.rememberOpenFiles(List.of());
        assertThat(recent.lastOpenFiles()).isEmpty();
    }

    @Test
    void aSetupWithAHomeOfItsOwnKeepsItsOwnRecentFilesAndSession() {
        assertThat(RecentFiles.nodeFor(null)).isEqualTo("dev/agentpad");
        assertThat(RecentFiles.nodeFor("/tmp/portable-a")).startsWith("dev/agentpad/homes/")
                .isEqualTo(RecentFiles.nodeFor("/tmp/portable-a/../portable-a"))
                .isNotEqualTo(RecentFiles.nodeFor("/tmp/portable-b"));
    }
}
