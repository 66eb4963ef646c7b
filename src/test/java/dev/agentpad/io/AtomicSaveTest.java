package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves half a file: every step can fail and the old file stays whole, with no stray temporary file. */
class AtomicSaveTest {

    private static final byte[] OLD = "---\ndescription: the old text\n---\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "---\ndescription: the new text\n---\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<String> namesInFolder() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = AtomicSave.Step.class, names = "FLUSH_FOLDER", mode = EnumSource.Mode.EXCLUDE)
    void aFailureAtAnyStepLeavesTheOldFileWholeAndNoTemporaryFile(AtomicSave.Step failing) throws Exception {
        Path agent = Files.write(dir.resolve("agent.md"), OLD);
        AtomicSave.Hook diskFull = step -> {
            if (step == failing) {
                throw new FileSystemException(agent.toString(), null, "No space left on device");
            }
        };
        assertThatThrownBy(() -> AtomicSave.write(agent, NEW, diskFull)).isInstanceOf(FileProblem.class)
                .hasMessage("cannot save agent.md: the disk is full; the file on disk is unchanged");
        assertThat(Files.readAllBytes(agent)).isEqualTo(OLD);
        assertThat(namesInFolder()).containsExactly("agent.md");
    }

    @Test
    void aFailureAfterTheRenameStillLeavesTheNewFile() throws Exception {
        Path agent = Files.write(dir.resolve("agent.md"), OLD);
        AtomicSave.Hook failLate = step -> {
            if (step == AtomicSave.Step.FLUSH_FOLDER) {
                throw new IOException("folder flush failed");
            }
        };
        assertThatThrownBy(() -> AtomicSave.write(agent, NEW, failLate)).isInstanceOf(FileProblem.class);
        assertThat(Files.readAllBytes(agent)).as("the rename happened; the file is whole, just not yet flushed").isEqualTo(NEW);
        assertThat(namesInFolder()).containsExactly("agent.md");
    }

    @Test
    void aNewFileGetsTheModeNewFilesGetHereNotAPrivateOne() throws Exception {
        Path reference = Files.createFile(dir.resolve("made-the-usual-way"));
        Path saved = dir.resolve("new-agent.md");
        AtomicSave.write(saved, NEW, AtomicSave.Hook.NONE);
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved))).isNotEqualTo("rw-------");
    }

    @Test
    void anExistingFileKeepsItsMode() throws Exception {
        Path agent = Files.write(dir.resolve("agent.md"), OLD);
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rw-r-----"));
        AtomicSave.write(agent, NEW, AtomicSave.Hook.NONE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(agent))).isEqualTo("rw-r-----");
    }

    @Test
    void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path real = Files.write(shared.resolve("reviewer.md"), OLD);
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Path link = Files.createSymbolicLink(agents.resolve("reviewer.md"), Path.of("../../shared/reviewer.md"));
        AtomicSave.write(link, NEW, AtomicSave.Hook.NONE);
        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../../shared/reviewer.md"));
        assertThat(Files.readAllBytes(real)).isEqualTo(NEW);
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path agent = Files.write(dir.resolve("agent.md"), OLD);
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicSave.write(agent, NEW, AtomicSave.Hook.NONE))
                .hasMessage("cannot save agent.md: the file is read-only; the file on disk is unchanged");
        assertThat(Files.readAllBytes(agent)).isEqualTo(OLD);
    }

    @Test
    void aReadOnlyFolderSaysSo() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write in any folder; the failure hooks cover it");
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path agent = Files.write(folder.resolve("agent.md"), OLD);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicSave.write(agent, NEW, AtomicSave.Hook.NONE))
                    .hasMessageContaining("no permission to write in " + folder);
            assertThat(Files.readAllBytes(agent)).isEqualTo(OLD);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reasonsAreSaidInPlainWords() {
        Path folder = Path.of("/work/agents");
        assertThat(AtomicSave.why(new java.nio.file.AccessDeniedException("/work/agents/x"), folder)).isEqualTo("no permission to write in /work/agents");
        assertThat(AtomicSave.why(new FileSystemException("x", null, "Read-only file system"), folder)).isEqualTo("the disk is read-only");
        assertThat(AtomicSave.why(new FileSystemException("x", null,
                "The process cannot access the file because it is being used by another process"), folder))
                .isEqualTo("another program has the file locked");
    }
}
