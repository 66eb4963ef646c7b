package dev.agentpad.dialect;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A path glob from the dialect data: {@code **}{@code /} is any number of folders (none included), {@code **} any
 * characters, {@code *} any characters but '/'. Matched against the whole path with forward slashes.
 */
record PathPattern(String glob, Pattern regex, String literal) {

    static PathPattern of(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new PathPattern(glob, Pattern.compile(re.toString()), longestLiteral(glob));
    }

    boolean matches(Path path) {
        return matches(normalized(path));
    }

    /** {@code path} as {@link #normalized}: compute it once when matching many patterns. */
    boolean matches(String path) {
        return path.contains(literal) && regex.matcher(path).matches(); // the literal test skips most paths cheaply
    }

    /** The absolute path with forward slashes, as patterns are matched against. */
    static String normalized(Path path) {
        return path.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** The longest run of the glob without wildcards: every matching path contains it. */
    private static String longestLiteral(String glob) {
        String longest = "";
        for (String part : glob.split("[*?]")) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }
}
