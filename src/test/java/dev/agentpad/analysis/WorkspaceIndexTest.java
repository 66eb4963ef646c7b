package dev.agentpad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.io.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder against HEAD: changed files keep their state, deleted agents are named, deleted notes are not. */
class WorkspaceIndexTest {

    @TempDir
    Path repo;

    @Test
    void deletedAgentsAreTheFilesInAToolsFolderOrWithFrontMatterAtHead() throws Exception {
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        Path kept = Files.writeString(agents.resolve("kept.md"), "---\nname: kept\ndescription: Stays.\n---\nK\n");
        Path subagent = Files.writeString(agents.resolve("plain.md"), "No front matter, but in the agents folder.\n");
        Path generic = Files.writeString(repo.resolve("helper.md"), "---\nname: helper\ndescription: Anywhere.\n---\nH\n");
        Path readme = Files.writeString(repo.resolve("README.md"), "# Notes\n");
        Path vendored = Files.writeString(Files.createDirectories(repo.resolve("node_modules/x")).resolve("v.md"), "---\na: 1\n---\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("all").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
        }
        for (Path deleted : new Path[] {subagent, generic, readme, vendored}) {
            Files.delete(deleted);
        }
        Files.writeString(kept, "---\nname: kept\ndescription: Changed.\n---\nK\n");

        WorkspaceIndex.GitStates states = new WorkspaceIndex(repo, Checker.standard()).gitStates();

        assertThat(states.deleted()).extracting(WorkspaceIndex.Agent::relative)
                .containsExactlyInAnyOrder(".claude/agents/plain.md", "helper.md");
        assertThat(states.changed()).containsEntry(kept.toAbsolutePath().normalize(), GitRepository.Kind.MODIFIED);
    }

    @Test
    void aFolderOutsideGitHasNoStates() throws Exception {
        assertThat(new WorkspaceIndex(repo, Checker.standard()).gitStates()).isEqualTo(WorkspaceIndex.GitStates.NONE);
    }
}
