package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that a crash loses nothing: the real app in its own JVM types into two files, is killed with SIGKILL
 * (no shutdown hook, no chance to save), and a second start restores both texts byte for byte.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void textTypedIntoTwoFilesSurvivesSigkillAndIsRestoredByteForByte() throws Exception {
        Path agents = Files.createDirectories(dir.resolve("repo/.claude/agents"));
        Path reviewer = Files.writeString(agents.resolve("reviewer.md"), "---\nname: reviewer\ndescription: Reviews code.\n---\nReview the diff.\n");
        Path writer = Files.writeString(agents.resolve("writer.md"), "---\nname: writer\ndescription: Writes docs.\n---\nWrite clearly.\n");
        Path journal = dir.resolve("journal");
        String typed = " Then list risks: ünïcode ✓.";

        Process typing = driver("type", journal.toString(), typed, reviewer.toString(), writer.toString());
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(typing.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("TYPED")) {
                out.add(line);
            }
            assertThat(line).as("the first run typed and journaled: %s", out).isEqualTo("TYPED");
        }
        typing.destroyForcibly(); // SIGKILL on Unix
        assertThat(typing.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(reviewer)).as("nothing was saved to the files").endsWith("Review the diff.\n");

        // started again on one of the two files: its restored text goes over it, not into a second tab on the same file
        Process restoring = driver("restore", journal.toString(), reviewer.toString());
        String output = new String(restoring.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restoring.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restoring.exitValue()).as(output).isZero();
        List<String> windows = output.lines().filter(l -> l.startsWith("WINDOW ")).toList();
        assertThat(windows).as(output).hasSize(2);
        for (Path file : List.of(reviewer, writer)) {
            String line = windows.stream().filter(l -> l.startsWith("WINDOW " + file + " ")).findFirst().orElseThrow();
            String[] parts = line.split(" ");
            assertThat(parts[2]).as("restored as unsaved changes of the file").isEqualTo("unsaved");
            assertThat(new String(Base64.getDecoder().decode(parts[3]), StandardCharsets.UTF_8)).isEqualTo(Files.readString(file) + typed);
        }
    }

    private Process driver(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dagentpad.home=" + dir.resolve("home"),
                RecoveryDriver.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("driver-" + args[0] + ".log").toFile()).start();
    }
}
