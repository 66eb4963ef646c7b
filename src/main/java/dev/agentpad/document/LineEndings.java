package dev.agentpad.document;

/** What line terminators a text uses, so inserted lines match the lines around them. */
public record LineEndings(int lf, int crlf, int cr) {

    public static LineEndings of(String text) {
        int lf = 0, crlf = 0, cr = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            }
        }
        return new LineEndings(lf, crlf, cr);
    }

    /** The most used terminator; {@code \n} for a text of one line. */
    public String dominant() {
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return "\n";
    }

    public boolean isMixed() {
        return (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1;
    }

    /** A short name for the status bar: LF, CRLF, CR or Mixed. */
    public String label() {
        if (isMixed()) {
            return "Mixed";
        }
        return nameOf(dominant());
    }

    /** LF, CRLF or CR for a line ending. */
    public static String nameOf(String ending) {
        return switch (ending) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
    }

    /** The text with every line break written as {@code \n}: how the editor holds text. */
    public static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A {@code \n}-only text with its line breaks written as {@code ending}, for saving. */
    public static String fromLf(String lfText, String ending) {
        return ending.equals("\n") ? lfText : lfText.replace("\n", ending);
    }
}
