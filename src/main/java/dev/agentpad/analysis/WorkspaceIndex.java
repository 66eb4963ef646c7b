package dev.agentpad.analysis;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.check.WorkspaceChecks;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.io.AgentFiles;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.GitRepository;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import dev.agentpad.render.AgentCard;
import dev.agentpad.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agents of one folder, for the workspace: which files there are (found as {@code agentpad check DIR} finds them,
 * {@code .gitignore} respected), the tool each belongs to by its place, each file's check, and the problems that need
 * them all. Nothing here keeps state between calls; the window decides what runs where.
 */
public final class WorkspaceIndex {

    /** An agent file found in the folder; {@code dialect} is the tool whose folder it is in (generic elsewhere). */
    public record Agent(Path file, String relative, Dialect dialect) {

        /** The folder it is in, relative to the workspace ("" at the top). */
        public String folder() {
            int slash = relative.lastIndexOf('/');
            return slash < 0 ? "" : relative.substring(0, slash);
        }
    }

    /** One file checked: the agent as its tool names it, its counts, and whether the tool will load it. */
    public record Checked(Path file, String name, String description, long errors, long warnings, boolean loads,
                          CheckResult result) {

        static Checked of(Path file, CheckResult result) {
            AgentCard card = AgentCard.of(result);
            return new Checked(file, card.name(), card.description(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                    card.loads(), result);
        }
    }

    /**
     * The folder's files against HEAD: the state of each changed file that is still there, and the agents deleted
     * since (a file in a tool's agent folder, or Markdown whose text at HEAD opened with front matter).
     */
    public record GitStates(Map<Path, GitRepository.Kind> changed, List<Agent> deleted) {

        public static final GitStates NONE = new GitStates(Map.of(), List.of());
    }

    private final Path root;
    private final Checker checker;
    private final WorkspaceChecks workspaceChecks = WorkspaceChecks.standard();

    public WorkspaceIndex(Path root, Checker checker) {
        this.root = root.toAbsolutePath().normalize();
        this.checker = checker;
    }

    public Path root() {
        return root;
    }

    /** Every agent file below the folder, sorted by path. */
    public List<Agent> scan() throws IOException {
        List<Agent> agents = new ArrayList<>();
        for (Path file : AgentFiles.discover(root, checker.registry())) {
            agents.add(agentAt(file));
        }
        return agents;
    }

    /** The entry for one file of the folder. */
    public Agent agentAt(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Dialect dialect = checker.registry().detect(absolute, YamlMapping.EMPTY).dialect();
        return new Agent(absolute, root.relativize(absolute).toString().replace('\\', '/'), dialect);
    }

    /** Reads and checks one file as saved on disk; an unreadable file is checked as such (file-unreadable). */
    public Checked check(Path file) {
        try {
            return Checked.of(file, checker.check(TextFiles.read(file).text(), file, null));
        } catch (FileProblem e) {
            return Checked.of(file, checker.unreadable(file, e.getMessage()));
        }
    }

    /** Compares the folder with HEAD (JGit; it takes a while on a large tree). {@link GitStates#NONE} outside git. */
    public GitStates gitStates() throws FileProblem {
        Optional<GitRepository> found = GitRepository.containing(root);
        if (found.isEmpty()) {
            return GitStates.NONE;
        }
        try (GitRepository git = found.get()) {
            Map<Path, GitRepository.Kind> changed = new HashMap<>();
            List<Agent> deleted = new ArrayList<>();
            for (GitRepository.ChangedFile c : git.changedSince("HEAD", root)) {
                Path file = git.root().resolve(c.newPath() != null ? c.newPath() : c.oldPath()).normalize();
                if (c.newPath() != null) {
                    changed.put(file, c.kind());
                } else if (wasAnAgent(git, file)) {
                    deleted.add(agentAt(file));
                }
            }
            return new GitStates(changed, deleted);
        }
    }

    private boolean wasAnAgent(GitRepository git, Path file) throws FileProblem {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".md") || name.endsWith(".mdc"))) {
            return false;
        }
        for (Path part : root.relativize(file)) {
            if (AgentFiles.isSkippedFolder(part.toString())) {
                return false;
            }
        }
        return checker.registry().isAgentLocation(file)
                || git.read("HEAD", file).map(LoadedText::text).filter(AgentFiles::startsWithFence).isPresent();
    }

    /** The problems that need the whole folder, per file. */
    public Map<Path, List<Diagnostic>> workspaceProblems(Map<Path, CheckResult> results) {
        return workspaceChecks.check(root, results);
    }
}
