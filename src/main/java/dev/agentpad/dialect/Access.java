package dev.agentpad.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agent may do, whatever dialect it is written in: a grant per capability (reading files, running commands
 * ...), an action per named tool outside the table (MCP tools such as {@code mcp/github/create_issue}, or a server's
 * tools as {@code mcp/github/*}), and the action for everything not mentioned. Two agents in different dialects can be
 * compared with {@link #widerThan}: the question every conversion must answer with "nowhere".
 *
 * @param otherwise what applies to a capability or tool not mentioned
 */
public record Access(Action otherwise, Map<String, Grant> capabilities, Map<String, Action> named) {

    public Access {
        capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
        named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** An agent that may do anything: what every dialect gives an agent that does not limit its tools. */
    public static Access everything() {
        return new Access(Action.ALLOW, Map.of(), Map.of());
    }

    public Grant grant(String capability) {
        return capabilities.getOrDefault(capability, new Grant.Whole(otherwise));
    }

    /** The action for a named tool: its own, its server's ({@code mcp/server/*}), or what applies otherwise. */
    public Action named(String name) {
        Action own = named.get(name);
        if (own != null) {
            return own;
        }
        int lastSlash = name.lastIndexOf('/');
        if (name.startsWith("mcp/") && lastSlash > 4) {
            Action server = named.get(name.substring(0, lastSlash) + "/*");
            if (server != null) {
                return server;
            }
        }
        return otherwise;
    }

    /** True when nothing is limited at all. */
    public boolean isEverything() {
        return otherwise == Action.ALLOW && capabilities.values().stream().allMatch(g -> g.equals(new Grant.Whole(Action.ALLOW)))
                && named.values().stream().allMatch(a -> a == Action.ALLOW);
    }

    /**
     * Where this agent may do more than {@code other}: each capability and named tool where it goes ahead (or asks)
     * when the other would not. Commands are compared on probes made from every pattern on both sides.
     */
    public List<String> widerThan(Access other, List<String> allCapabilities) {
        List<String> wider = new ArrayList<>();
        Set<String> caps = new LinkedHashSet<>(allCapabilities);
        caps.addAll(capabilities.keySet());
        caps.addAll(other.capabilities.keySet());
        for (String cap : caps) {
            Grant mine = grant(cap);
            Grant theirs = other.grant(cap);
            // a limit only one dialect can state sits between deny and allow, equal only to itself
            if (mine instanceof Grant.Limited || theirs instanceof Grant.Limited) {
                boolean fine = mine.equals(theirs) || theirs.equals(new Grant.Whole(Action.ALLOW))
                        || probes(mine, theirs).stream().allMatch(p -> mine.actionFor(p) == Action.DENY) && !(mine instanceof Grant.Limited);
                if (!fine) {
                    wider.add(cap + ": " + describe(mine) + " where the original has " + describe(theirs));
                }
                continue;
            }
            for (String probe : probes(mine, theirs)) {
                if (!mine.actionFor(probe).atMost(theirs.actionFor(probe))) {
                    boolean commands = mine instanceof Grant.Commands || theirs instanceof Grant.Commands;
                    wider.add(cap + (commands && !probe.isEmpty() ? " '" + probe + "'" : "") + ": " + describe(mine)
                            + " where the original has " + describe(theirs));
                    break;
                }
            }
        }
        Set<String> names = new LinkedHashSet<>(named.keySet());
        names.addAll(other.named.keySet());
        names.add("mcp/any-server/any-tool");
        for (String name : names) {
            if (!named(name).atMost(other.named(name))) {
                wider.add(name + ": " + named(name).word() + " where the original has " + other.named(name).word());
            }
        }
        return wider;
    }

    /** Commands to try: each pattern with its wildcards filled in several ways, and a few that no pattern names. */
    private static Set<String> probes(Grant a, Grant b) {
        Set<String> probes = new LinkedHashSet<>(List.of("", "zz", "rm -rf /"));
        for (Grant g : List.of(a, b)) {
            if (g instanceof Grant.Commands c) {
                for (CommandRule rule : c.rules()) {
                    String glob = rule.glob().replace("?", "z");
                    probes.add(glob.replace("*", ""));
                    probes.add(glob.replace("*", "zz"));
                    probes.add(glob.replace("*", " zz"));
                    probes.add(glob.replace(" *", ""));
                }
            }
        }
        return probes;
    }

    static String describe(Grant g) {
        if (g instanceof Grant.Whole w) {
            return w.action().word();
        }
        if (g instanceof Grant.Commands c) {
            List<String> rules = new ArrayList<>();
            rules.add("otherwise " + c.fallback().word());
            c.rules().forEach(r -> rules.add("\"" + r.glob() + "\" " + r.action().word()));
            return String.join(", ", rules);
        }
        return ((Grant.Limited) g).asWritten();
    }
}
