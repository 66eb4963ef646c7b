package dev.agentpad.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Reads and writes agent files without losing anything: the encoding and byte-order mark found on reading
 * are used again on saving, binary and oversized files are refused with a clear message, and saving is
 * atomic (a temporary file in the same folder, then a rename), so a failed write leaves the old file whole.
 */
public final class TextFiles {

    /** Larger files are refused: an agent file is a few kilobytes; megabytes mean a wrong file. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    public static LoadedText read(Path path) throws FileProblem {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new FileProblem(path, path + " is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new FileProblem(path, String.format("%s is too large to open: it has %,d bytes, and files of up to %,d bytes (%d MB) are read",
                        path, size, MAX_BYTES, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new FileProblem(path, path + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new FileProblem(path, "no permission to read " + path, e);
        } catch (FileProblem e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblem(path, "cannot read " + path + ": " + e.getMessage(), e);
        }
        Decoded decoded = decode(path, bytes);
        return new LoadedText(path, decoded.text(), decoded.encoding());
    }

    /**
     * Decodes bytes: a BOM names the charset; else strict UTF-8; else Windows-1252 for legacy text, or
     * ISO-8859-1 when the bytes use one of the five codes Windows-1252 leaves undefined (it maps every byte, so
     * saving gives back the same bytes).
     */
    /** The text of bytes that did not come from a file on disk (a git revision): decoded as {@link #read} would. */
    public static LoadedText fromBytes(Path path, byte[] bytes) throws FileProblem {
        Decoded d = decode(path, bytes);
        return new LoadedText(path, d.text(), d.encoding());
    }

    static Decoded decode(Path path, byte[] bytes) throws FileProblem {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(path, bytes, 3, StandardCharsets.UTF_8), new Encoding(StandardCharsets.UTF_8, true));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(path, bytes, 2, StandardCharsets.UTF_16LE), new Encoding(StandardCharsets.UTF_16LE, true));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(path, bytes, 2, StandardCharsets.UTF_16BE), new Encoding(StandardCharsets.UTF_16BE, true));
        }
        if (looksBinary(bytes)) {
            throw new FileProblem(path, path + " looks like a binary file, not text: it was not opened");
        }
        try {
            return new Decoded(strict(path, bytes, 0, StandardCharsets.UTF_8), Encoding.UTF8);
        } catch (FileProblem notUtf8) {
            try {
                return new Decoded(strict(path, bytes, 0, WINDOWS_1252), new Encoding(WINDOWS_1252, false));
            } catch (FileProblem notWindows) {
                return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), new Encoding(StandardCharsets.ISO_8859_1, false));
            }
        }
    }

    record Decoded(String text, Encoding encoding) {
    }

    /**
     * The line of the first byte that is not UTF-8 in a text read as a legacy charset whose other bytes do read as
     * UTF-8 (at least one character of two to four bytes): a UTF-8 file with a damaged byte, whose accented letters now
     * show as pairs such as "Ã©". Empty for text that is UTF-8 or never was.
     */
    public static OptionalInt brokenUtf8Line(LoadedText loaded) {
        Charset charset = loaded.encoding().charset();
        if (charset.equals(StandardCharsets.UTF_8) || loaded.encoding().byteOrderMark()) {
            return OptionalInt.empty();
        }
        byte[] bytes = loaded.text().getBytes(charset); // the file's own bytes: both legacy charsets map them one to one
        int wellFormed = 0;
        int firstBad = -1;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                wellFormed += length > 1 ? 1 : 0;
                i += length;
            } else {
                firstBad = firstBad < 0 ? i : firstBad;
                i++;
            }
        }
        if (wellFormed == 0 || firstBad < 0) {
            return OptionalInt.empty();
        }
        int line = 1;
        for (int i = 0; i < firstBad; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return OptionalInt.of(line);
    }

    /**
     * Writes {@code text} in {@code encoding} so that a failure leaves the old file whole (see {@link AtomicSave}):
     * through symbolic links, keeping the old file's permissions.
     */
    public static void write(Path path, String text, Encoding encoding) throws FileProblem {
        AtomicSave.write(path, encode(path, text, encoding), AtomicSave.Hook.NONE);
    }

    static byte[] encode(Path path, String text, Encoding encoding) throws FileProblem {
        CharsetEncoder encoder = encoding.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap((encoding.byteOrderMark() ? "\uFEFF" : "") + body));
        } catch (CharacterCodingException e) {
            throw new FileProblem(path, "the text has characters that " + encoding.charset().name()
                    + " cannot store; save it as UTF-8 instead", e);
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static String strict(Path path, byte[] bytes, int offset, Charset charset) throws FileProblem {
        // The JDK's own decoding into a String is several times quicker than a decoder's (3 MB: 17 ms against 55
        // cold), and it puts U+FFFD where the bytes are not valid. Without one in its result, a strict decoder would
        // have given the same text; with one (bad bytes, or a U+FFFD the file really has), the strict decoder decides.
        String lenient = new String(bytes, offset, bytes.length - offset, charset);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new FileProblem(path, path + " is not valid " + charset.name(), e);
        }
    }

    /**
     * In the first 8 KB, a NUL byte, or control bytes (other than tab, line breaks, form feed and escape) making more
     * than one byte in fifty: text files (in UTF-8 or a legacy 8-bit charset) have none, or a stray few pasted from a
     * terminal. Random bytes have about one in eleven, and Windows-1252, which maps every other byte, read them as text.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1B) {
                controls++;
            }
        }
        return controls > Math.max(4, n / 50);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
