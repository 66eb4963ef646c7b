package dev.agentpad.render;

/**
 * How many cells the Markdown's tables could have at most. Every row of a table has as many cells as its header, so a
 * wide header over a few thousand short lines makes millions of cells from a few kilobytes (and commonmark aborts a
 * table past a million with an exception). The count is an upper bound, found in one pass without parsing: each line
 * that could be a table's delimiter row ({@code |---|:--:|}, perhaps quoted) may open a table of one column more than
 * it has pipes, running to the next blank line. Lines end at \n, \r or \r\n, as CommonMark's do.
 */
final class TableCells {

    private TableCells() {
    }

    static long atMost(String markdown) {
        long cells = 0;
        long columns = 0; // of the table that may be open, 0 when none is
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = lineEnd(markdown, lineStart);
            int pipes = delimiterRowPipes(markdown, lineStart, lineEnd);
            if (pipes >= 0) {
                // within a table such a line ("|-|") is a row of the table's own width: the widest counts until a blank line
                columns = Math.max(columns, pipes + 1L);
                cells += 2 * columns; // its header row and its delimiter row
            } else if (isBlank(markdown, lineStart, lineEnd)) {
                columns = 0;
            } else {
                cells += columns;
            }
            lineStart = lineEnd + (markdown.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return cells;
    }

    /** Where the line ends: at \n, \r or \r\n, the three line endings CommonMark knows. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The pipes in a line made only of pipes, colons, hyphens (one at least), spaces, tabs and quote marks; else -1. */
    private static int delimiterRowPipes(String text, int start, int end) {
        int pipes = 0;
        boolean hyphen = false;
        for (int i = start; i < end; i++) {
            switch (text.charAt(i)) {
                case '|' -> pipes++;
                case '-' -> hyphen = true;
                case ':', ' ', '\t', '>' -> { }
                default -> {
                    return -1;
                }
            }
        }
        return hyphen ? pipes : -1;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
