package dev.agentpad.ui.workspace;

import dev.agentpad.analysis.WorkspaceIndex;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.io.GitRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One agent file of the open folder, as the tree shows it: found first, then checked, then checked with the others. */
public final class WorkspaceAgent {

    private final WorkspaceIndex.Agent agent;
    private GitRepository.Kind git;
    private WorkspaceIndex.Checked checked;
    private List<Diagnostic> workspaceProblems = List.of();

    WorkspaceAgent(WorkspaceIndex.Agent agent, GitRepository.Kind git) {
        this.agent = agent;
        this.git = git;
    }

    public WorkspaceIndex.Agent agent() {
        return agent;
    }

    Path file() {
        return agent.file();
    }

    /** The tool whose folder the file is in. */
    String group() {
        return agent.dialect().isGeneric() ? "Other Markdown with front matter" : agent.dialect().displayName() + "s";
    }

    /** The agent's name as its tool derives it; the file's own name until the check says. */
    public String name() {
        if (checked != null && !checked.name().equals("(no name)")) {
            return checked.name();
        }
        String stem = DialectRegistry.fileStem(agent.file());
        Path parent = agent.file().getParent();
        return stem.equals("SKILL") && parent != null ? parent.getFileName().toString() : stem;
    }

    String description() {
        return checked == null ? "" : checked.description();
    }

    public boolean isChecked() {
        return checked != null;
    }

    /** Deleted since HEAD: the tree shows it, the disk no longer has it. */
    boolean isDeleted() {
        return git == GitRepository.Kind.DELETED;
    }

    long errors() {
        return (checked == null ? 0 : checked.errors()) + count(Severity.ERROR);
    }

    long warnings() {
        return (checked == null ? 0 : checked.warnings()) + count(Severity.WARNING);
    }

    /** False when the check says the tool will not load it. */
    boolean loads() {
        return checked == null || checked.loads();
    }

    Optional<GitRepository.Kind> git() {
        return Optional.ofNullable(git);
    }

    Optional<CheckResult> result() {
        return Optional.ofNullable(checked).map(WorkspaceIndex.Checked::result);
    }

    void gitState(GitRepository.Kind state) {
        git = state;
    }

    void checked(WorkspaceIndex.Checked result) {
        checked = result;
    }

    void workspaceProblems(List<Diagnostic> problems) {
        workspaceProblems = List.copyOf(problems);
    }

    /** True when every word of {@code query} is in the name, the description or the path. */
    boolean matches(String query) {
        String haystack = (name() + "\n" + description() + "\n" + agent.relative()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private long count(Severity severity) {
        return workspaceProblems.stream().filter(d -> d.severity() == severity).count();
    }

    @Override
    public String toString() {
        return name();
    }
}
