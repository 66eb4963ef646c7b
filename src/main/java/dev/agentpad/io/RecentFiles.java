package dev.agentpad.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened files, newest first, kept in the user's preferences between runs. */
public final class RecentFiles {

    private static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences store;

    public RecentFiles(Preferences store) {
        this.store = store;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("dev/agentpad"));
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
