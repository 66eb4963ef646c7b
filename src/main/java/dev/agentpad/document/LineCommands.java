package dev.agentpad.document;

/**
 * Editing commands that work on whole lines: toggle a comment (YAML {@code #} in front matter, an HTML comment in
 * the body), indent and outdent. Pure functions from text and selection to one {@link TextEdit}.
 */
public final class LineCommands {

    private static final String INDENT = "  ";

    private LineCommands() {
    }

    /** The lines touched by a selection: a selection ending at a line start does not include that line. */
    public static TextRange lines(String text, int selStart, int selEnd) {
        LineIndex index = LineIndex.of(text);
        int first = index.lineOf(selStart);
        int lastOffset = selEnd > selStart && index.lineStart(index.lineOf(selEnd)) == selEnd ? selEnd - 1 : selEnd;
        int last = index.lineOf(lastOffset);
        int end = index.nextLineStart(last);
        while (end > index.lineStart(last) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return new TextRange(index.lineStart(first), end);
    }

    public static TextEdit toggleComment(AgentDocument doc, int selStart, int selEnd) {
        String text = doc.text();
        TextRange lines = lines(text, selStart, selEnd);
        String block = lines.of(text);
        boolean yaml = doc.hasFrontMatter() && lines.start() >= doc.yamlRange().start() && lines.end() <= doc.yamlRange().end();
        if (!yaml) {
            String trimmed = block.strip();
            if (trimmed.startsWith("<!--") && trimmed.endsWith("-->")) {
                int open = block.indexOf("<!--");
                int close = block.lastIndexOf("-->");
                String inner = block.substring(open + 4, close);
                inner = inner.startsWith(" ") ? inner.substring(1) : inner;
                inner = inner.endsWith(" ") ? inner.substring(0, inner.length() - 1) : inner;
                return new TextEdit(lines, block.substring(0, open) + inner + block.substring(close + 3));
            }
            return new TextEdit(lines, "<!-- " + block + " -->");
        }
        String[] parts = block.split("(?<=\n)", -1);
        boolean allCommented = true;
        for (String line : parts) {
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                allCommented = false;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : parts) {
            if (line.isBlank()) {
                out.append(line);
            } else if (allCommented) {
                int hash = line.indexOf('#');
                int after = hash + 1 < line.length() && line.charAt(hash + 1) == ' ' ? hash + 2 : hash + 1;
                out.append(line, 0, hash).append(line.substring(after));
            } else {
                out.append("# ").append(line);
            }
        }
        return new TextEdit(lines, out.toString());
    }

    public static TextEdit indent(String text, int selStart, int selEnd) {
        TextRange lines = lines(text, selStart, selEnd);
        return new TextEdit(lines, INDENT + lines.of(text).replaceAll("(\r\n|\r|\n)(?=.)", "$1" + INDENT));
    }

    public static TextEdit outdent(String text, int selStart, int selEnd) {
        TextRange lines = lines(text, selStart, selEnd);
        return new TextEdit(lines, lines.of(text).replaceAll("(?m)^( {1,2}|\t)", ""));
    }
}
