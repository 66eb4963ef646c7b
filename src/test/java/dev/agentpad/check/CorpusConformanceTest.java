package dev.agentpad.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.yaml.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checker over every real file of the shared corpus: no crash, a YAML error exactly where strict YAML
 * rejects a file, none where it accepts one. Prints the count of each code per dialect, so a new false
 * positive shows up as a jump in a number.
 */
class CorpusConformanceTest {

    @Test
    void yamlVerdictsMatchTheManifestAndCountsArePrinted() {
        List<Corpus.Entry> entries = Corpus.entries();
        Checker checker = Checker.standard();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Corpus.Entry entry : entries) {
            CheckResult result = checker.check(entry.read(), entry.file(), null);
            FrontMatter fm = result.frontMatter();
            List<Diagnostic> yamlErrors = result.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR && d.code().id().startsWith("yaml-")).toList();
            if (entry.strictYamlOk() && !yamlErrors.isEmpty()) {
                mismatches.add(entry.relativePath() + ": strict YAML accepts it, but " + yamlErrors);
            }
            if (!entry.strictYamlOk()) {
                int parserLine = fm.error().orElseThrow().position().line();
                if (yamlErrors.stream().noneMatch(d -> d.start().line() == parserLine)) {
                    mismatches.add(entry.relativePath() + ": no YAML error on line " + parserLine + ": " + yamlErrors);
                }
            }
            for (Diagnostic d : result.diagnostics()) {
                counts.computeIfAbsent(entry.dialect() + " (" + result.detection().dialect().id() + ")", k -> new TreeMap<>())
                        .merge(d.severity().label() + " " + d.code().id(), 1, Integer::sum);
            }
        }
        System.out.println("Diagnostics per corpus dialect (manifest dialect, detected dialect):");
        counts.forEach((dialect, byCode) -> {
            System.out.println("  " + dialect);
            byCode.forEach((code, n) -> System.out.printf("    %5d %s%n", n, code));
        });
        assertThat(mismatches).isEmpty();
        assertThat(entries.stream().filter(e -> !e.strictYamlOk()).count()).as("files strict YAML rejects").isEqualTo(8);
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
