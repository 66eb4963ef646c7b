package dev.agentpad;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every kind of hostile file, generated (no megabytes checked in), by name: for the command-line and window tests. */
public final class HostileFiles {

    private HostileFiles() {
    }

    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder bomb = new StringBuilder("---\nname: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("description: boom\n---\nBody\n");
        StringBuilder keys = new StringBuilder("---\nname: many\ndescription: Many keys.\n");
        for (int i = 0; i < 5000; i++) {
            keys.append("key").append(i).append(": value ").append(i).append('\n');
        }
        keys.append("---\nBody\n");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        files.put("alias bomb", bomb.toString().getBytes(StandardCharsets.UTF_8));
        files.put("20,000-level nesting", ("---\nname: deep\ndescription: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nBody\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("3 MB body", ("---\nname: big\ndescription: A big one.\n---\n" + "Some words in a paragraph, <example> and {{x}}.\n\n".repeat(62_000))
                .getBytes(StandardCharsets.UTF_8));
        // no '<' anywhere: the tag check once searched from every line to the end of the text (minutes for this one)
        files.put("3 MB of prose", ("---\nname: prose\ndescription: Long prose.\n---\n" + "Plain words in a paragraph, and {{x}} too.\n\n".repeat(68_000))
                .getBytes(StandardCharsets.UTF_8));
        // the tag check once searched the rest of the line again after each opening tag (50 s for this one)
        files.put("300,000 tags on a line", ("---\nname: tags\ndescription: Tags.\n---\nx " + "<b>".repeat(300_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        // short enough for the editor (100,000 characters), each tag a styled run: 12 s to open, a minute per keystroke
        StringBuilder tagLine = new StringBuilder("x ");
        for (int i = 0; tagLine.length() < 95_000; i++) {
            tagLine.append("<t").append(i).append(">x</t").append(i).append('>');
        }
        files.put("a 95 KB line of tags", ("---\nname: line-of-tags\ndescription: Tags.\n---\n" + tagLine + "\n")
                .getBytes(StandardCharsets.UTF_8));
        // every row has as many cells as the header: 11 KB asking for a million cells (commonmark aborts past a million)
        files.put("a million table cells", ("---\nname: cells\ndescription: Cells.\n---\n" + "|c".repeat(1100) + "|\n" + "|-".repeat(1100) + "|\n"
                + "|x|\n".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        files.put("2 MB line", ("---\nname: line\ndescription: One long line.\n---\n" + "word ".repeat(400_000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("5,000 keys", keys.toString().getBytes(StandardCharsets.UTF_8));
        files.put("binary content", binary);
        // random bytes with no NUL: Windows-1252 maps every other byte, so these once opened as 20 KB of text
        byte[] noise = new byte[20_000];
        new java.util.Random(13).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? (byte) 0xFF : noise[i];
        }
        files.put("random bytes, no NUL", noise);
        files.put("invalid UTF-8", new byte[] {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n', '-', '-', '-', '\n'});
        files.put("BOM with CRLF", ("\uFEFF---\r\nname: bom\r\ndescription: Has a BOM.\r\n---\r\nBody\r\n").getBytes(StandardCharsets.UTF_8));
        files.put("mixed line endings", "---\r\nname: mixed\ndescription: Mixed.\r---\nBody\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("NUL bytes", "---\nname: nul\u0000\ndescription: x\n---\nBo\u0000dy\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
