package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import static dev.agentpad.Bytes.concat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }


    @Test
    void utf8WithBomAndCrlfSavesBackByteForByte() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\r\nname: café 🚀\r\n---\r\nbody".getBytes(StandardCharsets.UTF_8));
        Path p = file("a.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        assertThat(loaded.text()).startsWith("---\r\n").doesNotContain("\uFEFF");
        assertThat(loaded.encoding().label()).isEqualTo("UTF-8 BOM");
        TextFiles.write(p, loaded.text(), loaded.encoding());
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void utf16WithBomIsReadAndKept() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "---\nname: x\n---\n".getBytes(StandardCharsets.UTF_16LE));
        Path p = file("u16.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        assertThat(loaded.text()).isEqualTo("---\nname: x\n---\n");
        TextFiles.write(p, loaded.text(), loaded.encoding());
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void legacyEightBitTextIsReadAsWindows1252AndSavedTheSame() throws Exception {
        byte[] bytes = "name: caf\u00e9 \u20ac".getBytes(Charset.forName("windows-1252"));
        Path p = file("legacy.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        assertThat(loaded.text()).isEqualTo("name: café €");
        TextFiles.write(p, loaded.text(), loaded.encoding());
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void aReplacementCharacterTheFileReallyHasIsKeptAsUtf8() throws Exception {
        byte[] bytes = "name: broken \uFFFD sign, café".getBytes(StandardCharsets.UTF_8); // EF BF BD: valid UTF-8
        Path p = file("fffd.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        assertThat(loaded.text()).isEqualTo("name: broken \uFFFD sign, café");
        assertThat(loaded.encoding().label()).isEqualTo("UTF-8");
        TextFiles.write(p, loaded.text(), loaded.encoding());
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void aUtf8FileWithADamagedByteIsReadAsLegacyTextAndSaysWhere() throws Exception {
        byte[] bytes = concat("---\nname: café\ndescription: x\n---\nA bad byte: ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', '\n'});
        LoadedText damaged = TextFiles.read(file("damaged.md", bytes));
        assertThat(damaged.encoding().charset().name()).isEqualTo("windows-1252");
        assertThat(damaged.text()).contains("cafÃ©");
        assertThat(TextFiles.brokenUtf8Line(damaged)).hasValue(5);
        TextFiles.write(dir.resolve("damaged.md"), damaged.text(), damaged.encoding());
        assertThat(Files.readAllBytes(dir.resolve("damaged.md"))).isEqualTo(bytes);

        LoadedText legacy = TextFiles.read(file("legacy.md", "name: caf\u00e9 \u20ac\n".getBytes(Charset.forName("windows-1252"))));
        assertThat(TextFiles.brokenUtf8Line(legacy)).isEmpty(); // never was UTF-8
        assertThat(TextFiles.brokenUtf8Line(TextFiles.read(file("good.md", "name: café\n".getBytes(StandardCharsets.UTF_8))))).isEmpty();
    }

    @Test
    void invalidUtf16IsRefusedNotReplaced() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'a', 0, 0x00, (byte) 0xD8, 'b', 0}); // a lone high surrogate
        Path p = file("bad16.md", bytes);
        assertThatThrownBy(() -> TextFiles.read(p)).isInstanceOf(FileProblem.class).hasMessageContaining("is not valid UTF-16LE");
    }

    @Test
    void bytesUndefinedInWindows1252StillRoundTrip() throws Exception {
        byte[] bytes = {'a', (byte) 0x81, (byte) 0x9D, 'b'};
        Path p = file("odd.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        TextFiles.write(p, loaded.text(), loaded.encoding());
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void binaryFilesAreRefusedWithAClearMessage() throws Exception {
        Path p = file("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> TextFiles.read(p)).isInstanceOf(FileProblem.class).hasMessageContaining("binary");
    }

    @Test
    void randomBytesWithoutANulAreRefusedAsBinaryButAFewControlCharactersInTextAreNot() throws Exception {
        java.util.Random random = new java.util.Random(13);
        for (int size : new int[] {100, 5_000, 100_000}) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            for (int i = 0; i < noise.length; i++) {
                noise[i] = noise[i] == 0 ? 1 : noise[i]; // no NUL: Windows-1252 read these as text before
            }
            Path p = file("noise-" + size + ".md", noise);
            assertThatThrownBy(() -> TextFiles.read(p)).as("%d random bytes", size).hasMessageContaining("binary");
        }
        String pasted = "---\nname: logs\n---\nThe build printed \u001b[31mFAILED\u001b[0m and rang\u0007 the bell,\f"
                + "then\b\b\bthree backspaces.\n" + "Ordinary words follow. ".repeat(20);
        Path text = file("pasted.md", pasted.getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.read(text).text()).isEqualTo(pasted);
    }

    @Test
    void hugeFilesAreRefusedBeforeReading() throws Exception {
        Path p = dir.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(TextFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> TextFiles.read(p)).hasMessageContaining("too large");
    }

    @Test
    void missingFilesAndFoldersSaySo() {
        assertThatThrownBy(() -> TextFiles.read(dir.resolve("nope.md"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> TextFiles.read(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void textTheCharsetCannotHoldIsNotSavedAndTheOldFileStays() throws Exception {
        byte[] bytes = "name: caf\u00e9".getBytes(Charset.forName("windows-1252"));
        Path p = file("legacy.md", bytes);
        LoadedText loaded = TextFiles.read(p);
        assertThatThrownBy(() -> TextFiles.write(p, loaded.text() + " 🚀", loaded.encoding()))
                .hasMessageContaining("cannot store").hasMessageContaining("UTF-8");
        assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
    }

    @Test
    void aFolderThatRefusesTheWriteLeavesAClearMessage() {
        Path inMissingFolder = dir.resolve("gone/agent.md");
        assertThatThrownBy(() -> TextFiles.write(inMissingFolder, "x", Encoding.UTF8))
                .isInstanceOf(FileProblem.class).hasMessageContaining("cannot save");
    }

    @Test
    void savingKeepsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path p = file("script.md", "old".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        TextFiles.write(p, "new", Encoding.UTF8);
        assertThat(Files.readString(p)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("script.md");
        }
    }
}
