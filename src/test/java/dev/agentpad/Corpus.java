package dev.agentpad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared conformance corpus (../shared/corpus): real public agent files, read in place and never copied
 * into the project. Tests that use it are skipped, with a message saying so, when it is absent.
 */
public final class Corpus {

    /** One row of MANIFEST.tsv. */
    public record Entry(Path file, String relativePath, String dialect, boolean hasFrontMatter, boolean strictYamlOk) {
        public String read() {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Corpus() {
    }

    public static Path root() {
        return Path.of(System.getProperty("agentpad.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    }

    /** All manifest entries; aborts the calling test (reported as skipped) when the corpus is not there. */
    public static List<Entry> entries() {
        Path manifest = root().resolve("MANIFEST.tsv");
        assumeTrue(Files.isRegularFile(manifest),
                "conformance corpus not found at " + root() + ": corpus tests skipped");
        try {
            return Files.readAllLines(manifest).stream().skip(1).filter(l -> !l.isBlank()).map(line -> {
                String[] f = line.split("\t");
                return new Entry(root().resolve(f[0]), f[0], f[1], f[3].equals("yes"), f[4].equals("ok"));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
