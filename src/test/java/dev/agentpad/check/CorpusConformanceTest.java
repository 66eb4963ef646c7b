package dev.agentpad.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.yaml.FrontMatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checker over every real file of the shared corpus: no crash, a YAML problem exactly where strict YAML rejects a
 * file and none where it accepts one, and the count of each code per dialect equal to the table checked in beside this
 * test ({@code corpus-counts.tsv}): a rule that starts flagging more or fewer real files shows up in review as a
 * changed line of that table.
 */
class CorpusConformanceTest {

    @Test
    void yamlVerdictsMatchTheManifest() {
        List<Corpus.Entry> entries = Corpus.entries();
        Checker checker = Checker.standard();
        List<String> mismatches = new ArrayList<>();
        for (Corpus.Entry entry : entries) {
            CheckResult result = checker.check(entry.read(), entry.file(), null);
            FrontMatter fm = result.frontMatter();
            List<Diagnostic> yaml = result.diagnostics().stream()
                    .filter(d -> d.severity() != Severity.INFO && d.code().id().startsWith("yaml-") && d.code() != Code.YAML_DUPLICATE_KEY).toList();
            if (entry.strictYamlOk() && !yaml.isEmpty()) {
                mismatches.add(entry.relativePath() + ": strict YAML accepts it, but " + yaml);
            }
            if (!entry.strictYamlOk()) {
                int parserLine = fm.error().orElseThrow().position().line();
                if (yaml.stream().noneMatch(d -> d.start().line() == parserLine)) {
                    mismatches.add(entry.relativePath() + ": no YAML problem on line " + parserLine + ": " + yaml);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(entries.stream().filter(e -> !e.strictYamlOk()).count()).as("files strict YAML rejects").isEqualTo(8);
    }

    @Test
    void codeCountsPerDialectMatchTheCheckedInTable() throws IOException {
        Checker checker = Checker.standard();
        Map<String, Integer> counts = new TreeMap<>();
        for (Corpus.Entry entry : Corpus.entries()) {
            CheckResult result = checker.check(entry.read(), entry.file(), null);
            for (Diagnostic d : result.diagnostics()) {
                counts.merge(entry.dialect() + "\t" + d.severity().label() + "\t" + d.code().id() + "\t" + d.effect().words(), 1, Integer::sum);
            }
        }
        String actual = counts.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n")) + "\n";
        String expected;
        try (InputStream in = CorpusConformanceTest.class.getResourceAsStream("corpus-counts.tsv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n")) + "\n";
        }
        if (!actual.equals(expected)) {
            System.out.println("corpus-counts.tsv should now read (dialect, severity, code, effect, files):\n" + actual);
        }
        assertThat(actual).as("per-dialect code counts over the corpus; update src/test/resources/dev/agentpad/check/corpus-counts.tsv"
                + " when a change is intended").isEqualTo(expected);
    }

    @Test
    void everyCorpusFileIsDetectedAsItsManifestDialect() {
        List<String> wrong = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.entries()) {
            String detected = Checker.standard().check(entry.read(), entry.file(), null).detection().dialect().id();
            if (!detected.equals(entry.dialect())) {
                wrong.add(entry.relativePath() + " detected as " + detected);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
