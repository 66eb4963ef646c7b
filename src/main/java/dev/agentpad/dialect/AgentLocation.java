package dev.agentpad.dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a tool looks for an agent: a converted agent left in {@code .claude/agents/} would be read as Claude's and
 * fail, so it is saved where the target tool looks ({@code .opencode/agent/NAME.md}, {@code .github/agents/NAME.agent.md}
 * ...), in the same project, next to the original.
 */
public final class AgentLocation {

    private AgentLocation() {
    }

    /**
     * The file the converted agent belongs in, for an original at {@code original} in {@code from}'s location; a
     * number is added to the name when that file exists already. Empty when the target has no agent folder.
     */
    public static Optional<Path> forConversion(Path original, Dialect from, Dialect to, String agentName) {
        if (to.places().newAgentPath() == null) {
            return Optional.empty();
        }
        Path root = projectOf(original.toAbsolutePath().normalize(), from);
        String name = DialectRegistry.slug(agentName).isEmpty() ? "agent" : DialectRegistry.slug(agentName);
        Path target = root.resolve(to.places().newAgentPath().replace("{name}", name));
        for (int n = 2; Files.exists(target) && n < 1000; n++) {
            target = root.resolve(to.places().newAgentPath().replace("{name}", name + "-" + n));
        }
        return Optional.of(target);
    }

    /** The project folder: where the dialect's agent folder ({@code .claude} ...) begins, else the file's own folder. */
    public static Path projectOf(Path file, Dialect dialect) {
        if (dialect.places().newAgentPath() != null) {
            String top = dialect.places().newAgentPath().split("/")[0];
            for (int i = file.getNameCount() - 2; i >= 0; i--) {
                if (file.getName(i).toString().equals(top)) {
                    Path root = file.getRoot();
                    return i == 0 ? root : root.resolve(file.subpath(0, i));
                }
            }
        }
        return file.getParent();
    }
}
