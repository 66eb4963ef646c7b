package dev.agentpad.check;

import dev.agentpad.dialect.Detection;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything the checker found in one snapshot of a document: the dialect, the agent's name as the tool derives
 * it (from the repaired front matter when strict YAML rejects it, so the author sees which agent is broken),
 * and the problems. {@code keys} are the front matter's keys as read, repaired when strict YAML rejects them.
 */
public record CheckResult(AgentDocument document, FrontMatter frontMatter, YamlMapping keys, Detection detection,
                          Optional<String> agentName, List<Diagnostic> diagnostics) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The same result with only the diagnostics {@code keep} accepts. */
    public CheckResult filtered(Predicate<Diagnostic> keep) {
        return new CheckResult(document, frontMatter, keys, detection, agentName, diagnostics.stream().filter(keep).toList());
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
