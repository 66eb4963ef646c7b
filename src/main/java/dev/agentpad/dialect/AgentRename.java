package dev.agentpad.dialect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Renaming an agent where its tool ties the name to the file: what moves on disk and whether the {@code name} key
 * changes. Copilot and opencode name an agent after its file (a name key overrides), a Claude skill's name must equal
 * its folder, and a Claude subagent's name is its key alone (the file follows when it was named after the agent).
 *
 * @param moveFrom the file or folder to move (the skill's folder for a skill), or empty when nothing moves
 * @param moveTo   where it goes
 * @param file     the agent file after the rename
 * @param setKey   true when the {@code name} key is written with the new name
 */
public record AgentRename(Optional<Path> moveFrom, Path moveTo, Path file, boolean setKey) {

    /** {@code name} as a file name: runs of characters other than letters, digits, '.', '_' and '-' become one '-'. */
    static String fileNamePart(String name) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "agent" : safe;
    }

    /** The rename of {@code file} (of {@code dialect}, now called {@code oldName}) to {@code newName}. */
    public static AgentRename plan(Path file, Dialect dialect, String oldName, String newName, boolean hasNameKey) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String fileName = absolute.getFileName().toString();
        String stem = DialectRegistry.fileStem(absolute);
        String suffix = fileName.substring(stem.length());
        String safe = fileNamePart(newName);
        return switch (dialect.places().nameSource()) {
            case KEY_MATCHING_FOLDER -> {
                Path renamed = folder.resolveSibling(safe);
                yield new AgentRename(Optional.of(folder), renamed, renamed.resolve(fileName), true);
            }
            case KEY -> {
                Path renamed = folder.resolve(safe + suffix);
                boolean follows = stem.equals(oldName) && !renamed.equals(absolute);
                yield new AgentRename(follows ? Optional.of(absolute) : Optional.empty(), follows ? renamed : absolute,
                        follows ? renamed : absolute, true);
            }
            case FILE_NAME, AGENT_FOLDER_PATH -> {
                Path renamed = folder.resolve(safe + suffix);
                // the tool names the agent after its file unless a name key says otherwise: a name the file cannot
                // carry as it is ("C# Pro" in C-Pro.agent.md) is written in the key
                yield new AgentRename(renamed.equals(absolute) ? Optional.empty() : Optional.of(absolute), renamed, renamed,
                        hasNameKey || !safe.equals(newName));
            }
        };
    }
}
