package dev.agentpad.ui;

import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.RecoveryJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

/**
 * What UI tests give the app so that no test sees another's state: recent-files lists each in a preferences node of
 * its own and recovery journals each in a temporary folder, both removed when the test JVM exits.
 */
final class TestPreferences {

    private static final List<Preferences> MADE = new ArrayList<>();
    private static final List<Path> FOLDERS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (MADE) {
                for (Preferences node : MADE) {
                    try {
                        node.removeNode();
                    } catch (BackingStoreException | IllegalStateException e) {
                        // already gone
                    }
                }
            }
            synchronized (FOLDERS) {
                FOLDERS.forEach(TestPreferences::deleteTree);
            }
        }));
    }

    private TestPreferences() {
    }

    /** A recovery journal of its own (a fresh temporary folder), so no test sees another's unsaved windows. */
    static RecoveryJournal journal() {
        try {
            Path folder = Files.createTempDirectory("agentpad-journal");
            synchronized (FOLDERS) {
                FOLDERS.add(folder); // removed with what the app journaled in it when the test JVM exits
            }
            return new RecoveryJournal(folder.resolve("recovery"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone
        }
    }

    static RecentFiles recentFiles() {
        Preferences node = Preferences.userRoot().node("dev/agentpad-test/" + UUID.randomUUID());
        synchronized (MADE) {
            MADE.add(node);
        }
        return new RecentFiles(node);
    }
}
