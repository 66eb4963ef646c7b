package dev.agentpad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Find and replace over a text: plain or regular expression, with or without case. Pure; the find bar calls it. */
public final class TextSearch {

    /** A query; {@code error} says why a regular expression is invalid, else null. */
    public record Query(String text, boolean regex, boolean matchCase) {
    }

    /** All matches, or the reason the query cannot run. */
    public record Matches(List<TextRange> ranges, String error) {
        public int count() {
            return ranges.size();
        }

        /** Index of the first match at or after {@code offset}, wrapping to the first; -1 when there is none. */
        public int nextFrom(int offset) {
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i).start() >= offset) {
                    return i;
                }
            }
            return ranges.isEmpty() ? -1 : 0;
        }

        /** Index of the last match before {@code offset}, wrapping to the last; -1 when there is none. */
        public int previousFrom(int offset) {
            for (int i = ranges.size() - 1; i >= 0; i--) {
                if (ranges.get(i).start() < offset) {
                    return i;
                }
            }
            return ranges.size() - 1;
        }
    }

    private static final int MAX_MATCHES = 100_000;

    private TextSearch() {
    }

    public static Matches find(String text, Query query) {
        if (query.text().isEmpty()) {
            return new Matches(List.of(), null);
        }
        Pattern pattern;
        try {
            pattern = pattern(query);
        } catch (PatternSyntaxException e) {
            return new Matches(List.of(), e.getDescription());
        }
        List<TextRange> ranges = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find() && ranges.size() < MAX_MATCHES) {
            if (m.end() == m.start()) {
                if (m.end() >= text.length()) {
                    break;
                }
                continue; // an empty match (such as ^) selects nothing
            }
            ranges.add(new TextRange(m.start(), m.end()));
        }
        return new Matches(ranges, null);
    }

    /** The replacement for one match: with regular expressions, $1 and friends refer to its groups. */
    public static String replacement(String text, TextRange match, Query query, String replaceWith) {
        if (!query.regex()) {
            return replaceWith;
        }
        Matcher m = pattern(query).matcher(text);
        m.region(match.start(), text.length());
        if (m.lookingAt() && m.end() == match.end()) {
            StringBuilder out = new StringBuilder();
            m.appendReplacement(out, replaceWith);
            return out.substring(match.start());
        }
        return replaceWith;
    }

    /** The text with every match replaced, as one edit covering the first to the last match. */
    public static TextEdit replaceAll(String text, Query query, String replaceWith) {
        Matches matches = find(text, query);
        if (matches.error() != null || matches.ranges().isEmpty()) {
            return TextEdit.insert(0, "");
        }
        int start = matches.ranges().get(0).start();
        int end = matches.ranges().get(matches.count() - 1).end();
        StringBuilder out = new StringBuilder();
        int cursor = start;
        for (TextRange r : matches.ranges()) {
            out.append(text, cursor, r.start()).append(replacement(text, r, query, replaceWith));
            cursor = r.end();
        }
        return new TextEdit(new TextRange(start, end), out.toString());
    }

    private static Pattern pattern(Query query) {
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return query.regex() ? Pattern.compile(query.text(), flags | Pattern.MULTILINE)
                : Pattern.compile(Pattern.quote(query.text()), flags);
    }
}
