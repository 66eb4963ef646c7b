package dev.agentpad.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The most recently opened files, newest first, and the last session's folder and open files, kept in the user's
 * preferences between runs.
 */
public final class RecentFiles {

    private static final int MAX = 10;
    private static final String KEY = "recent.";
    private static final String FOLDER = "session.folder";
    private static final String OPEN = "session.open.";
    private static final int MAX_OPEN = 30;
    private static final String RAN_BEFORE = "session.ranBefore";
    private static final String THEME = "view.theme";

    private final Preferences store;

    public RecentFiles(Preferences store) {
        this.store = store;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node(nodeFor(System.getProperty("agentpad.home"))));
    }

    /**
     * The preferences node: the user's, or with {@code agentpad.home} (tests, a portable or second setup) one of that
     * folder's own, so that its recent files and last session are not another setup's.
     */
    static String nodeFor(String home) {
        if (home == null || home.isBlank()) {
            return "dev/agentpad";
        }
        String folder = Path.of(home).toAbsolutePath().normalize().toString();
        return "dev/agentpad/homes/" + Integer.toHexString(folder.hashCode());
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = store.get(KEY + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    public void add(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        save(paths);
    }

    public void remove(Path path) {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(path.toAbsolutePath().normalize());
        save(paths);
    }

    /** The theme chosen in View > Theme (system, light or dark), or null before any choice. */
    public String theme() {
        return store.get(THEME, null);
    }

    public void rememberTheme(String theme) {
        store.put(THEME, theme);
    }

    /** True the first time it is asked on this user's machine (for a first-run tip), false ever after. */
    public boolean firstRun() {
        boolean first = !store.getBoolean(RAN_BEFORE, false);
        store.putBoolean(RAN_BEFORE, true);
        return first;
    }

    /** The folder open in the workspace when the app last closed, while it still exists. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(store.get(FOLDER, null)).map(Path::of).filter(Files::isDirectory);
    }

    public void rememberFolder(Path folder) {
        store.put(FOLDER, folder.toAbsolutePath().normalize().toString());
    }

    /** The files open in tabs when the app last closed (those that still exist), left to right. */
    public List<Path> lastOpenFiles() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX_OPEN; i++) {
            String value = store.get(OPEN + i, null);
            if (value != null && Files.isRegularFile(Path.of(value))) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    public void rememberOpenFiles(List<Path> files) {
        for (int i = 0; i < MAX_OPEN; i++) {
            if (i < files.size()) {
                store.put(OPEN + i, files.get(i).toAbsolutePath().normalize().toString());
            } else {
                store.remove(OPEN + i);
            }
        }
    }

    private void save(List<Path> paths) {
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                store.put(KEY + i, paths.get(i).toString());
            } else {
                store.remove(KEY + i);
            }
        }
    }
}
