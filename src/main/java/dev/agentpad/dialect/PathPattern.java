package dev.agentpad.dialect;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A path glob from the dialect data: {@code **}{@code /} is any number of folders (none included), {@code **} any
 * characters, {@code *} any characters but '/'. Matched against the whole path with forward slashes.
 */
record PathPattern(String glob, Pattern regex) {

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
        return new PathPattern(glob, Pattern.compile(re.toString()));
    }

    boolean matches(Path path) {
        return regex.matcher(path.toAbsolutePath().normalize().toString().replace('\\', '/')).matches();
    }
}
