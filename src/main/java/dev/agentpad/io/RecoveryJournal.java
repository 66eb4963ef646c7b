package dev.agentpad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.agentpad.resources.UserFolders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Unsaved work kept where a crash cannot take it: one small JSON file per unsaved buffer in the user's data folder
 * ({@code recovery/}), holding the text, the file it belongs to (none for an untitled buffer) and the disk text it
 * started from. Each write goes to a temporary file that is synced and then renamed over the entry, so an entry is
 * always whole. Entries are cleared on save or discard; what is left when the app starts again was left by a crash.
 * Entries of a process that is still running (this one, or another AgentPad) are not offered.
 */
public final class RecoveryJournal {

    /** One unsaved buffer. {@code path} is null for an untitled one; {@code diskText} is what the file held when opened or saved. */
    public record Entry(String id, String path, String name, String text, String diskText, long pid, long writtenMillis) {

        public Optional<Path> file() {
            return path == null ? Optional.empty() : Optional.of(Path.of(path));
        }
    }

    /** What {@link #leftBehind()} found: the entries, and files that could not be read (named so the user can look). */
    public record Found(List<Entry> entries, List<String> unreadable) {
    }

    private static final String SUFFIX = ".json";

    private final Path folder;
    private final long writerPid;

    public RecoveryJournal(Path folder) {
        this(folder, ProcessHandle.current().pid());
    }

    /** A journal whose entries are written as process {@code writerPid}'s (tests write as a process that has gone). */
    RecoveryJournal(Path folder, long writerPid) {
        this.folder = folder;
        this.writerPid = writerPid;
    }

    /** The journal in the user's data folder. */
    public static RecoveryJournal forUser() {
        return new RecoveryJournal(UserFolders.forUser().data().resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** A fresh id for a buffer of this process. */
    public static String newId() {
        return ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    }

    /** Writes (or replaces) the entry for buffer {@code id}, atomically. */
    public void write(String id, Path path, String name, String text, String diskText) throws IOException {
        Entry entry = new Entry(id, path == null ? null : path.toAbsolutePath().toString(), name, text, diskText,
                writerPid, System.currentTimeMillis());
        Files.createDirectories(folder);
        Path target = folder.resolve(id + SUFFIX);
        Path temp = Files.createTempFile(folder, ".entry-", ".tmp");
        try {
            byte[] bytes;
            try {
                bytes = Json.mapper().writeValueAsBytes(entry);
            } catch (JsonProcessingException e) {
                throw new IOException(e);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes buffer {@code id}'s entry (saved, discarded, or restored and taken over). */
    public void clear(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + SUFFIX));
    }

    /** Entries left by processes that are no longer running, oldest first: what a crash left. */
    public Found leftBehind() {
        Found all = all();
        return new Found(all.entries().stream()
                .filter(e -> !ProcessHandle.of(e.pid()).map(ProcessHandle::isAlive).orElse(false)) // a running AgentPad's window owns it
                .toList(), all.unreadable());
    }

    /** Every entry in the journal, oldest first, whoever wrote it. */
    public Found all() {
        List<Entry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Found(entries, unreadable);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    entries.add(Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), Entry.class));
                } catch (IOException | RuntimeException e) {
                    unreadable.add(file.toString());
                }
            }
        } catch (IOException e) {
            unreadable.add(folder + " (" + e.getMessage() + ")");
        }
        entries.sort(Comparator.comparingLong(Entry::writtenMillis));
        return new Found(entries, unreadable);
    }
}
