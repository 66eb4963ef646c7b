package dev.agentpad.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes strings as YAML scalars in a chosen style, or says the style cannot hold the string. Every form
 * produced here is still re-read by {@link FrontMatterEditor} before it is used; this class only proposes.
 */
final class ScalarWriter {

    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    static final int FOLD_WIDTH = 100;

    private ScalarWriter() {
    }

    /** The string unquoted, when a YAML 1.1 parser would read it back as the same string. */
    static String plain(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip()) || !StreamReader.isPrintable(s)) {
            return null;
        }
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\uFEFF') >= 0) {
            return null;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return null;
        }
        if (inFlow && (s.indexOf(',') >= 0 || s.indexOf('[') >= 0 || s.indexOf(']') >= 0
                || s.indexOf('{') >= 0 || s.indexOf('}') >= 0)) {
            return null;
        }
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true)) ? s : null;
    }

    static String singleQuoted(String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || !StreamReader.isPrintable(s)) {
            return null;
        }
        return "'" + s.replace("'", "''") + "'";
    }

    /** Double quotes hold any string. */
    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp == '\uFEFF' || (cp >= 0x80 && cp < 0xA0) || !StreamReader.isPrintable(cp)) {
                        out.append(cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A literal block ({@code |}, {@code |-} or {@code |+}) that starts on the key's line. */
    static String literal(String s, String indent, String nl) {
        Chomped c = Chomped.of(s);
        if (c == null || c.body.indexOf('\r') >= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder("|").append(indicator(c.body, indent)).append(c.chomp);
        for (String line : c.body.split("\n", -1)) {
            out.append(nl);
            if (!line.isEmpty()) {
                out.append(indent).append(line);
            }
        }
        out.append(nl.repeat(c.extraNewlines));
        return out.toString();
    }

    /** A folded block ({@code >-} and friends): long lines wrapped at spaces, newlines kept as blank lines. */
    static String folded(String s, String indent, String nl) {
        Chomped c = Chomped.of(s);
        if (c == null || c.body.indexOf('\r') >= 0) {
            return null;
        }
        String[] lines = c.body.split("\n", -1);
        StringBuilder out = new StringBuilder(">").append(c.chomp);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t' || !line.equals(line.stripTrailing()))) {
                return null; // more-indented or space-ended lines do not fold back to themselves
            }
            if (i > 0) {
                out.append(nl);
            }
            if (!line.isEmpty()) {
                for (String piece : wrap(line, FOLD_WIDTH - indent.length())) {
                    out.append(nl).append(indent).append(piece);
                }
            }
        }
        out.append(nl.repeat(c.extraNewlines));
        return out.toString();
    }

    private static String indicator(String body, String indent) {
        String first = body.lines().filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first.startsWith(" ") || first.startsWith("\t") ? String.valueOf(indent.length()) : "";
    }

    /** Splits at single spaces between words so that folding joins the pieces back with one space. */
    static List<String> wrap(String line, int width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int lastBreak = -1;
        for (int i = 1; i < line.length() - 1; i++) {
            if (line.charAt(i) == ' ' && line.charAt(i - 1) != ' ' && line.charAt(i + 1) != ' ') {
                if (i - start > width && lastBreak > start) {
                    pieces.add(line.substring(start, lastBreak));
                    start = lastBreak + 1;
                }
                lastBreak = i;
            }
        }
        if (line.length() - start > width && lastBreak > start) {
            pieces.add(line.substring(start, lastBreak));
            start = lastBreak + 1;
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    /** A string cut into block-scalar content and the chomping indicator that restores its final newlines. */
    private record Chomped(String body, String chomp, int extraNewlines) {
        static Chomped of(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == '\n') {
                end--;
            }
            String body = s.substring(0, end);
            if (body.isBlank() || !StreamReader.isPrintable(body.replace("\n", ""))) {
                return null;
            }
            int trailing = s.length() - end;
            return switch (trailing) {
                case 0 -> new Chomped(body, "-", 0);
                case 1 -> new Chomped(body, "", 0);
                default -> new Chomped(body, "+", trailing - 1);
            };
        }
    }
}
