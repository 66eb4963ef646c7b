package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point in a real JVM: headless commands run and exit without loading any JavaFX class. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void headlessCommandsNeverLoadJavaFx() throws Exception {
        Path agent = Files.createDirectories(dir.resolve(".claude/agents")).resolve("a.md");
        Files.writeString(agent, "---\nname: a-b\ndescription: Use when: needed\n<example>x</example>\n---\nBody\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "dev.agentpad.Launcher", "check", agent.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("check exits 1 on an error").isEqualTo(1);
        assertThat(output).contains("error yaml-colon-in-plain");
        assertThat(output.lines().filter(l -> l.contains("javafx.") || l.contains("org.fxmisc.") || l.contains("dev.agentpad.ui.")))
                .as("UI classes loaded by a headless command").isEmpty();
    }

    @Test
    void aMistypedCommandExitsWithTwoAndNeverStartsTheWindow() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "dev.agentpad.Launcher", "chekc", dir.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown command 'chekc'; did you mean 'check'?");
        assertThat(output.lines().filter(l -> l.contains("javafx.") || l.contains("dev.agentpad.ui."))).isEmpty();
    }
}
