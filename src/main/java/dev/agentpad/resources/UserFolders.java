package dev.agentpad.resources;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where AgentPad keeps the user's own files, as each platform expects: settings (dialect overrides) in the config
 * folder, and data the user did not write by hand (the recovery journal) in the data folder. Linux follows the XDG base
 * directories, macOS uses Application Support, Windows %APPDATA% and %LOCALAPPDATA%.
 */
public record UserFolders(Path config, Path data) {

    /** The folders for this user on this machine; {@code agentpad.home} moves both under one folder (tests, portable use). */
    public static UserFolders forUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")),
                System.getProperty("agentpad.home"));
    }

    static UserFolders of(String os, Map<String, String> env, Path home, String override) {
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new UserFolders(base.resolve("config"), base.resolve("data"));
        }
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("mac")) {
            Path support = home.resolve("Library/Application Support/AgentPad");
            return new UserFolders(support, support);
        }
        if (name.startsWith("windows")) {
            Path roaming = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            return new UserFolders(roaming.resolve("AgentPad"), local.resolve("AgentPad"));
        }
        Path config = env.containsKey("XDG_CONFIG_HOME") && !env.get("XDG_CONFIG_HOME").isBlank()
                ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        Path data = env.containsKey("XDG_DATA_HOME") && !env.get("XDG_DATA_HOME").isBlank()
                ? Path.of(env.get("XDG_DATA_HOME")) : home.resolve(".local/share");
        return new UserFolders(config.resolve("agentpad"), data.resolve("agentpad"));
    }
}
