package dev.agentpad.document;

import java.time.Duration;
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
    /** How long one search may run before it gives up (a regular expression can backtrack for hours). */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private TextSearch() {
    }

    /** Every match, or why there are none to show: an invalid expression, or a search that ran past the time limit. */
    public static Matches find(String text, Query query) {
        return find(text, query, TIME_LIMIT);
    }

    public static Matches find(String text, Query query, Duration limit) {
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
        try {
            Matcher m = pattern.matcher(new TimeLimitedText(text, System.nanoTime() + limit.toNanos()));
            while (m.find() && ranges.size() < MAX_MATCHES) {
                if (m.end() > m.start()) { // an empty match (such as ^) selects nothing
                    ranges.add(new TextRange(m.start(), m.end()));
                }
            }
        } catch (TimeLimitedText.TooSlow e) {
            return new Matches(List.of(), tooSlow(limit));
        }
        return new Matches(ranges, null);
    }

    private static String tooSlow(Duration limit) {
        return "Stopped after " + limit.toSeconds() + " s: this expression is too slow on this text";
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

    /** What Replace All does: one edit covering the first to the last match, made in one pass over the text. */
    public record Replacement(TextEdit edit, int count, String error) {
    }

    public static Replacement replaceAll(String text, Query query, String replaceWith) {
        return replaceAll(text, query, replaceWith, TIME_LIMIT);
    }

    public static Replacement replaceAll(String text, Query query, String replaceWith, Duration limit) {
        TextEdit nothing = TextEdit.insert(0, "");
        if (query.text().isEmpty()) {
            return new Replacement(nothing, 0, null);
        }
        Pattern pattern;
        try {
            pattern = pattern(query);
        } catch (PatternSyntaxException e) {
            return new Replacement(nothing, 0, e.getDescription());
        }
        String with = query.regex() ? replaceWith : Matcher.quoteReplacement(replaceWith);
        StringBuilder out = new StringBuilder();
        int first = -1;
        int last = 0;
        int count = 0;
        try {
            Matcher m = pattern.matcher(new TimeLimitedText(text, System.nanoTime() + limit.toNanos()));
            while (m.find() && count < MAX_MATCHES) {
                if (m.end() == m.start()) {
                    continue;
                }
                m.appendReplacement(out, with); // the text since the previous match, then the replacement
                if (first < 0) {
                    first = m.start();
                    out.delete(0, first); // the edit starts at the first match
                }
                last = m.end();
                count++;
            }
        } catch (TimeLimitedText.TooSlow e) {
            return new Replacement(nothing, 0, tooSlow(limit));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Replacement(nothing, 0, "Invalid replacement: " + e.getMessage());
        }
        if (count == 0) {
            return new Replacement(nothing, 0, null);
        }
        return new Replacement(new TextEdit(new TextRange(first, last), out.toString()), count, null);
    }

    private static Pattern pattern(Query query) {
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return query.regex() ? Pattern.compile(query.text(), flags | Pattern.MULTILINE)
                : Pattern.compile(Pattern.quote(query.text()), flags);
    }
}
