package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.Corpus;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The promise of every conversion, over every corpus agent and every pair of agent dialects: the converted agent
 * never allows a tool or command the original did not, and the conversion is not refused for it.
 */
class CorpusConversionTest {

    private static final List<String> AGENT_DIALECTS = List.of("claude", "opencode", "copilot", "gemini");

    @Test
    void noConversionEverGrantsMoreThanTheOriginal() {
        DialectRegistry registry = DialectRegistry.standard();
        Equivalents eq = Equivalents.standard();
        List<String> wider = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        int conversions = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            String text = entry.read();
            FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
            if (!fm.isValid() || !fm.isPresent()) {
                continue;
            }
            Dialect from = registry.byId(entry.dialect()).orElseThrow();
            Access before = AccessReader.read(from, fm.mapping().orElseThrow(), eq);
            for (String target : AGENT_DIALECTS) {
                if (target.equals(from.id())) {
                    continue;
                }
                Dialect to = registry.byId(target).orElseThrow();
                DialectConversion plan = DialectConversion.plan(text, entry.file(), from, to, eq);
                conversions++;
                if (!plan.keepsOrNarrows()) {
                    refused.add(entry.relativePath() + " -> " + target + ": " + plan.notCarried());
                    continue;
                }
                String converted = plan.edit().map(e -> e.applyTo(text)).orElse(text);
                FrontMatter after = FrontMatterReader.read(AgentDocument.parse(converted));
                assertThat(after.isValid()).as(entry.relativePath() + " -> " + target).isTrue();
                List<String> more = AccessReader.read(to, after.mapping().orElseThrow(), eq).widerThan(before, eq.capabilities());
                if (!more.isEmpty()) {
                    wider.add(entry.relativePath() + " -> " + target + ": " + more);
                }
                leftOut.merge(from.id() + " -> " + target, plan.notCarried().size(), Integer::sum);
            }
        }
        System.out.println(conversions + " conversions; notes on what was left out, per pair: " + leftOut);
        assertThat(conversions).isGreaterThan(1000);
        assertThat(wider).as("conversions that grant more than the original").isEmpty();
        assertThat(refused).as("conversions refused").isEmpty();
    }
}
