package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.agentpad.HostileFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The packaged app runs with the first compiler only (its java options in pom.xml, plus the options the Linux
     * launcher adds for commands), which has no fast string search to hide a search repeated per line: the tag check
     * once took minutes on 3 MB of prose there (and 3.9 s under the test JVM's settings, which the guard above lets
     * through).
     */
    @Test
    void everyHostileFileIsCheckedWithTheOptionsThePackagedAppGivesCommands() throws Exception {
        Matcher options = Pattern.compile("options\\+=\\((-XX:[^)]*)\\)").matcher(Files.readString(Path.of("src/main/jpackage/linux/launcher.sh")));
        assertThat(options.find()).as("the launcher's options for commands").isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(options.group(1).split(" ")));
        Pattern.compile("<argument>--java-options</argument><argument>(-XX:[^<$]*)</argument>").matcher(Files.readString(Path.of("pom.xml")))
                .results().forEach(option -> command.add(option.group(1)));
        assertThat(command).as("the packaged app's options").contains("-XX:TieredStopAtLevel=1");
        command.add("-Dagentpad.home=" + System.getProperty("agentpad.home")); // never the user's own dialect overrides
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.agentpad.Launcher", "check"));
        for (Map.Entry<String, byte[]> hostile : HostileFiles.all().entrySet()) {
            Path file = Files.createDirectories(dir.resolve("packaged-" + hostile.getKey().replaceAll("\\W", "-") + "/.claude/agents")).resolve("agent.md");
            Files.write(file, hostile.getValue());
            command.add(file.toString());
        }
        Process check = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("packaged-check.txt").toFile()).start();
        boolean answered = check.waitFor(60, TimeUnit.SECONDS);
        check.destroyForcibly();
        String output = Files.readString(dir.resolve("packaged-check.txt"), StandardCharsets.UTF_8);
        assertThat(answered).as("check answered within 60 s: %s", output).isTrue();
        assertThat(check.exitValue()).as(output).isBetween(0, 2);
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
