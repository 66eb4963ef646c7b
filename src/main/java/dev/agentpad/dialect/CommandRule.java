package dev.agentpad.dialect;

import java.util.regex.Pattern;

/**
 * One pattern rule of a permission, such as {@code "git diff*": allow}: a glob over a command (or a path) where
 * {@code *} is any text and {@code ?} one character, matched against the whole command. As in opencode, a pattern
 * ending in {@code " *"} also matches the command alone ({@code "git *"} matches {@code git}).
 */
public record CommandRule(String glob, Action action) {

    public boolean matches(String command) {
        return regex(glob).matcher(command).matches();
    }

    static Pattern regex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                out.append(".*");
            } else if (c == '?') {
                out.append('.');
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        String re = out.toString();
        String optionalTail = Pattern.quote(" ") + ".*";
        if (re.endsWith(optionalTail)) {
            re = re.substring(0, re.length() - optionalTail.length()) + "(" + optionalTail + ")?";
        }
        return Pattern.compile(re, Pattern.DOTALL);
    }
}
