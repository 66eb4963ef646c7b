package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentpad.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of hostile file, generated here (no megabytes checked in): {@code check}, {@code render} and {@code set}
 * each answer with a result or a clear refusal, never a stack trace or a hang. The 60 s guard only catches hangs;
 * how fast they answer is measured in docs/benchmarks.md.
 */
class HostileInputTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> files() {
        return HostileFiles.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void checkRenderAndSetAnswerClearly(String kind, byte[] content) throws Exception {
        Path file = Files.createDirectories(dir.resolve(kind.replaceAll("\\W", "-") + "/.claude/agents")).resolve("agent.md");
        Files.write(file, content);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String[] command : new String[][] {
                    {"check", file.toString()},
                    {"render", file.toString(), "-o", dir.resolve(kind.replaceAll("\\W", "-") + ".html").toString()},
                    {"set", file.toString(), "model=sonnet"}}) {
                CliRunner result = CliRunner.run(command);
                assertThat(result.exit()).as("%s on %s: %s%s", command[0], kind, result.out(), result.err()).isBetween(0, 2);
                assertThat(result.out() + result.err()).as("%s on %s", command[0], kind).doesNotContain("Exception").doesNotContain("\tat ");
                if (result.exit() != 0) {
                    assertThat(result.out() + result.err()).as("a failure says why").isNotBlank();
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void setNeverRewritesAFileItRefuses(String kind, byte[] content) throws Exception {
        Path file = Files.createDirectories(dir.resolve("set-" + kind.replaceAll("\\W", "-") + "/.claude/agents")).resolve("agent.md");
        Files.write(file, content);
        CliRunner result = CliRunner.run("set", file.toString(), "model=sonnet");
        if (result.exit() != 0) {
            assertThat(Files.readAllBytes(file)).as("refused, so untouched: %s", result.err()).isEqualTo(content);
        }
    }

    @Test
    void aDirectoryNamedLikeAnAgentIsRefusedClearly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dir/.claude/agents/fake.md"));
        for (String[] command : new String[][] {{"set", folder.toString(), "model=sonnet"}, {"render", folder.toString()}}) {
            CliRunner result = CliRunner.run(command);
            assertThat(result.exit()).as(command[0]).isNotZero();
            assertThat(result.err()).as(command[0]).contains("fake.md");
        }
    }
}
