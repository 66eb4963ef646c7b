package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
}
