package dev.agentpad.resources;

/** AgentPad's version, as the build stamped it. */
public final class Version {

    private Version() {
    }

    public static String current() {
        return Resources.text("/dev/agentpad/resources/version.txt").map(String::strip).orElse("development");
    }
}
