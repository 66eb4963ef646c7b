package dev.agentpad.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders for files created, changed, deleted or renamed from outside the app, and reports the paths in
 * batches once the disk has been quiet for a moment (a git checkout of fifty files is one report, not fifty). A
 * recursive watch follows folders created later; version-control and build folders are not watched. Reports come on
 * the watcher's own daemon thread.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Set<Path> recursive = ConcurrentHashMap.newKeySet();
    private final Consumer<Set<Path>> report;
    private final Thread thread;

    public FolderWatcher(Consumer<Set<Path>> report) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.report = report;
        this.thread = new Thread(this::run, "agentpad-folder-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches {@code folder} and, when {@code withSubfolders}, every folder below it (now and created later). */
    public void watch(Path folder, boolean withSubfolders) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!withSubfolders) {
            register(root);
            return;
        }
        recursive.add(root);
        registerTree(root);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && AgentFiles.isSkippedFolder(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        if (folders.containsValue(dir)) {
            return;
        }
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, dir);
    }

    private boolean underRecursive(Path dir) {
        return recursive.stream().anyMatch(dir::startsWith);
    }

    private void run() {
        Set<Path> batch = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = batch.isEmpty() ? service.take() : service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) { // quiet for a moment: hand the batch on
                    report.accept(Set.copyOf(batch));
                    batch.clear();
                    continue;
                }
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (dir == null) {
                        continue;
                    }
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        batch.add(dir); // too much happened: the folder itself is reported, to be looked at whole
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    batch.add(path);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && underRecursive(dir)
                            && !AgentFiles.isSkippedFolder(path.getFileName().toString())) {
                        try {
                            registerTree(path);
                            try (var created = Files.walk(path)) { // files made before the watch began
                                created.forEach(batch::add);
                            }
                        } catch (IOException | RuntimeException e) {
                            // gone again already, or unreadable: nothing to watch
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the thread ends
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
