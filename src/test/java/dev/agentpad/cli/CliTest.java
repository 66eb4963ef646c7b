package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the jar does with its first argument before anything starts. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void aMistypedCommandIsAUsageErrorWithDidYouMean() {
        assertThat(Cli.editorArgumentProblem(new String[] {"chekc", "agents/"}))
                .hasValueSatisfying(m -> assertThat(m).startsWith("agentpad: unknown command 'chekc'; did you mean 'check'?"));
        assertThat(Cli.editorArgumentProblem(new String[] {"--strict"}))
                .hasValueSatisfying(m -> assertThat(m).startsWith("agentpad: unknown option --strict"));
    }

    @Test
    void aFileThatDoesNotExistIsAUsageErrorAndOneThatDoesOpensTheEditor() throws Exception {
        Path missing = dir.resolve("reviewr.md");
        assertThat(Cli.editorArgumentProblem(new String[] {missing.toString()}))
                .hasValueSatisfying(m -> assertThat(m).startsWith("agentpad: " + missing + " does not exist"));
        Path agent = Files.writeString(dir.resolve("reviewer.md"), "---\ndescription: x\n---\n");
        assertThat(Cli.editorArgumentProblem(new String[] {agent.toString()})).isEmpty();
        assertThat(Cli.editorArgumentProblem(new String[0])).as("no argument: the sample agent").isEmpty();
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("agentpad \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }
}
