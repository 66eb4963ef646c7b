package dev.agentpad.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a failure at any moment leaves either the old file or the new one, never half of either:
 * the bytes go to a temporary file in the same folder, which is flushed to the disk, renamed over the original and
 * followed by a flush of the folder. A symbolic link is saved through: its target gets the new bytes and the link
 * stays a link. An existing file keeps its permissions; a new one gets the usual ones for new files (the umask's),
 * not a temporary file's private mode. When a step fails the temporary file is removed and the message says why
 * in plain words.
 */
final class AtomicSave {

    /** The steps of a save, in order; a test can make any of them fail. */
    enum Step { CREATE_TEMP, WRITE, FLUSH, KEEP_PERMISSIONS, RENAME, FLUSH_FOLDER }

    /** Called before each step; the real one does nothing, a test's throws. */
    interface Hook {
        Hook NONE = step -> { };

        void before(Step step) throws IOException;
    }

    private AtomicSave() {
    }

    static void write(Path path, byte[] bytes, Hook hook) throws FileProblem {
        Path target = linkTarget(path);
        Path folder = target.toAbsolutePath().getParent();
        if (isMarkedReadOnly(target)) {
            throw new FileProblem(path, "cannot save " + path.getFileName() + ": the file is read-only; the file on disk is unchanged");
        }
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean created = false;
        try {
            hook.before(Step.CREATE_TEMP);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                hook.before(Step.WRITE);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                hook.before(Step.FLUSH);
                out.force(true);
            }
            hook.before(Step.KEEP_PERMISSIONS);
            copyPermissions(target, temp);
            hook.before(Step.RENAME);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            created = false;
            hook.before(Step.FLUSH_FOLDER);
            flushFolder(folder);
        } catch (IOException e) {
            throw new FileProblem(path, "cannot save " + path.getFileName() + ": " + why(e, folder) + "; the file on disk is unchanged", e);
        } finally {
            if (created) {
                deleteQuietly(temp);
            }
        }
    }

    /** Where the bytes go: the final target of a chain of symbolic links, or the path itself. */
    private static Path linkTarget(Path path) throws FileProblem {
        Path at = path.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                throw new FileProblem(path, "cannot follow the link " + path + ": " + e.getMessage(), e);
            }
        }
        return at;
    }

    /** A file nobody may write, going by its permission bits (root could, but the owner marked it read-only). */
    private static boolean isMarkedReadOnly(Path target) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(target);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return !Files.isWritable(target) && Files.exists(target);
        } catch (IOException e) {
            return false; // a new file: nothing to keep
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, permissions);
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the new file keeps the folder's defaults
        }
    }

    /** Makes the rename itself durable; file systems that cannot open a folder for this are skipped. */
    private static void flushFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows and some network file systems refuse to open a folder; the rename is done either way
        }
    }

    /** The failure in words a person can act on. */
    static String why(IOException e, Path folder) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
            return "no permission to write in " + folder;
        }
        if (lower.contains("being used by another process") || lower.contains("locked")) {
            return "another program has the file locked";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " no longer exists";
        }
        return reason;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray temporary file is harmless; the failure itself is reported
        }
    }
}
