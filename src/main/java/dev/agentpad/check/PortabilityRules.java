package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.yaml.YamlEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Advice for files shared between tools: a value that is fine for this dialect but that another agent tool
 * knowing the same key would refuse (a Claude colour name in opencode). The keys that say which tools an agent may
 * use differ in shape by design between tools; {@code convert} rewrites them, so they get no note.
 */
final class PortabilityRules {

    /** The agent dialects people port between; skills, commands and the generic dialect are not agents of another tool. */
    private static final Set<String> AGENT_DIALECTS = Set.of("opencode", "claude", "copilot");
    /** Keys that name or describe the agent; porting rewrites them anyway (the form's conversion does). */
    private static final Set<String> IDENTITY_KEYS = Set.of("name", "description");

    private PortabilityRules() {
    }

    static void check(CheckContext ctx, DialectRegistry registry) {
        if (!AGENT_DIALECTS.contains(ctx.dialect.id())) {
            return;
        }
        List<Diagnostic> here = ctx.diagnostics();
        for (YamlEntry entry : ctx.frontMatter.mapping().orElseThrow().entries()) {
            boolean toolKey = ctx.dialect.field(entry.name()).map(f -> f.role().isAboutTools()).orElse(false);
            if (IDENTITY_KEYS.contains(entry.name()) || toolKey || ctx.dialect.field(entry.name()).isEmpty()
                    || here.stream().anyMatch(d -> entry.name().equals(d.key()))) {
                continue;
            }
            for (Dialect other : registry.all()) {
                if (other == ctx.dialect || !AGENT_DIALECTS.contains(other.id())) {
                    continue;
                }
                Optional<FieldSpec> spec = other.field(entry.name());
                if (spec.isEmpty()) {
                    continue;
                }
                FieldCheck.check(ctx, other, spec.get(), entry).stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .findFirst()
                        .ifPresent(d -> ctx.report(Severity.INFO, Code.PORTABILITY,
                                "works for " + ctx.tool() + ", but in " + other.toolName() + " files: " + d.message(),
                                entry.value().range().isEmpty() ? entry.key().range() : entry.value().range(), entry.name(), null));
            }
        }
    }
}
