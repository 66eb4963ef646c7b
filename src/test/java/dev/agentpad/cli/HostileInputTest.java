package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
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
        StringBuilder bomb = new StringBuilder("---\nname: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("description: boom\n---\nBody\n");
        StringBuilder keys = new StringBuilder("---\nname: many\ndescription: Many keys.\n");
        for (int i = 0; i < 5000; i++) {
            keys.append("key").append(i).append(": value ").append(i).append('\n');
        }
        keys.append("---\nBody\n");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        return Stream.of(
                Arguments.of("alias bomb", bomb.toString().getBytes(StandardCharsets.UTF_8)),
                Arguments.of("20,000-level nesting", ("---\nname: deep\ndescription: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nBody\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("3 MB body", ("---\nname: big\ndescription: A big one.\n---\n" + "Some words in a paragraph, <example> and {{x}}.\n\n".repeat(62_000))
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("2 MB line", ("---\nname: line\ndescription: One long line.\n---\n" + "word ".repeat(400_000) + "\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("5,000 keys", keys.toString().getBytes(StandardCharsets.UTF_8)),
                Arguments.of("binary content", binary),
                Arguments.of("invalid UTF-8", new byte[] {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n', '-', '-', '-', '\n'}),
                Arguments.of("BOM with CRLF", ("\uFEFF---\r\nname: bom\r\ndescription: Has a BOM.\r\n---\r\nBody\r\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("mixed line endings", "---\r\nname: mixed\ndescription: Mixed.\r---\nBody\r\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("NUL bytes", "---\nname: nul\u0000\ndescription: x\n---\nBo\u0000dy\n".getBytes(StandardCharsets.UTF_8)));
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
