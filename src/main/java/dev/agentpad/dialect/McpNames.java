package dev.agentpad.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a dialect names MCP tools in a tools list (data: {@code mcp-tool-names}): one tool, such as Claude's
 * {@code mcp__github__create_issue} or Copilot's {@code github/create_issue}, and all tools of a server, such as
 * {@code mcp__github} or {@code github/*}. Inside AgentPad both are {@code mcp/SERVER/TOOL} and {@code mcp/SERVER/*}.
 */
public record McpNames(String tool, String server) {

    private static final String NAME = "([A-Za-z0-9_.-]+?)";

    /** The dialect's name for {@code mcp/SERVER/TOOL} or {@code mcp/SERVER/*}. */
    public Optional<String> write(String named) {
        if (!named.startsWith("mcp/")) {
            return Optional.empty();
        }
        String[] parts = named.substring(4).split("/", 2);
        return Optional.of(parts[1].equals("*") ? server.replace("{server}", parts[0])
                : tool.replace("{server}", parts[0]).replace("{tool}", parts[1]));
    }

    /** {@code mcp/SERVER/TOOL} for a name written this dialect's way. */
    public Optional<String> read(String written) {
        Matcher one = pattern(tool).matcher(written);
        if (one.matches()) {
            return Optional.of("mcp/" + one.group(1) + "/" + one.group(2));
        }
        Matcher all = pattern(server).matcher(written);
        return all.matches() ? Optional.of("mcp/" + all.group(1) + "/*") : Optional.empty();
    }

    private static Pattern pattern(String template) {
        String re = Pattern.quote(template).replace("{server}", "\\E" + NAME + "\\Q").replace("{tool}", "\\E([A-Za-z0-9_.*-]+)\\Q");
        return Pattern.compile(re);
    }
}
