package dev.agentpad.check;

import dev.agentpad.dialect.Detection;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.PlainValueRepair;
import dev.agentpad.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks one agent file against its dialect: YAML problems, the dialect's schema, the prompt body and
 * portability to the other tools. Pure and thread-safe: the editor runs it off the FX thread on each snapshot.
 */
public final class Checker {

    private final DialectRegistry registry;

    public Checker(DialectRegistry registry) {
        this.registry = registry;
    }

    public static Checker standard() {
        return new Checker(DialectRegistry.standard());
    }

    public DialectRegistry registry() {
        return registry;
    }

    /**
     * While strict YAML rejects the file, the schema is still checked on the repaired text, so every problem shows at
     * once; ranges are mapped back to the author's text, and fixes are left off (they were made for other text).
     */
    private void schemaOfRepaired(CheckContext ctx) {
        PlainValueRepair.repaired(ctx.doc, registry.knownKeys()).ifPresent(repaired -> {
            CheckContext inRepaired = new CheckContext(repaired.frontMatter().document(), repaired.frontMatter(), ctx.dialect, ctx.path);
            SchemaRules.check(inRepaired);
            for (Diagnostic d : inRepaired.diagnostics()) {
                ctx.report(d.severity(), d.code(), d.message(), repaired.toOriginal(d.range()), d.key(), null);
            }
        });
    }

    /**
     * @param path   where the file lives (for dialect detection and the agent's name), or null for an unsaved text
     * @param forced the dialect to use instead of detecting one, or null
     */
    public CheckResult check(String text, Path path, Dialect forced) {
        AgentDocument doc = AgentDocument.parse(text);
        FrontMatter fm = FrontMatterReader.read(doc);
        YamlMapping mapping = fm.mapping()
                .or(() -> PlainValueRepair.readRepaired(doc, registry.knownKeys()))
                .orElse(new YamlMapping(List.of(), false, doc.yamlRange()));
        Detection detection = forced != null
                ? new Detection(forced, "chosen by you")
                : registry.detect(path, mapping);
        CheckContext ctx = new CheckContext(doc, fm, detection.dialect(), path);
        YamlRules.check(ctx, registry);
        if (fm.isValid() && fm.isPresent()) {
            SchemaRules.check(ctx);
            PortabilityRules.check(ctx, registry);
        } else {
            schemaOfRepaired(ctx);
        }
        BodyRules.check(ctx);
        Optional<String> name = DialectRegistry.agentName(detection.dialect(), path, mapping);
        List<Diagnostic> sorted = ctx.diagnostics().stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.range().start()).thenComparing(Diagnostic::severity))
                .toList();
        return new CheckResult(doc, fm, mapping, detection, name, sorted);
    }
}
