package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rule: only {@code dev.agentpad.ui} may use JavaFX or RichTextFX; the core stays testable without a toolkit. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/agentpad");

    @Test
    void nothingOutsideUiImportsJavaFxOrRichTextFx() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).startsWith("ui"))
                    .flatMap(ArchitectureTest::uiImports)
                    .toList();
        }
        assertThat(offenders).as("UI imports outside dev.agentpad.ui").isEmpty();
    }

    @Test
    void theRuleSeesTheUiPackage() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("ui"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).flatMap(ArchitectureTest::uiImports).count())
                    .as("the scan must find JavaFX imports where they belong, or it proves nothing").isPositive();
        }
    }

    private static Stream<String> uiImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.matches("\\s*import\\s+(static\\s+)?(javafx|org\\.fxmisc)\\..*"))
                    .map(l -> MAIN.relativize(file) + ": " + l.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
