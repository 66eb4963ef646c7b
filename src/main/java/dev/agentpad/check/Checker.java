package dev.agentpad.check;

import dev.agentpad.dialect.Detection;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Effect;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.LenientReread;
import dev.agentpad.yaml.PlainValueRepair;
import dev.agentpad.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
     * @param path   where the file lives (for dialect detection and the agent's name), or null for an unsaved text
     * @param forced the dialect to use instead of detecting one, or null
     */
    public CheckResult check(String text, Path path, Dialect forced) {
        AgentDocument doc = AgentDocument.parse(text);
        FrontMatter fm = FrontMatterReader.read(doc);
        Optional<PlainValueRepair.Repaired> repaired = fm.isValid() ? Optional.empty() : PlainValueRepair.repaired(doc, registry.knownKeys());
        YamlMapping meant = fm.mapping().or(() -> repaired.flatMap(r -> r.frontMatter().mapping()))
                .orElse(new YamlMapping(List.of(), false, doc.yamlRange()));
        Detection detection = forced != null ? new Detection(forced, "chosen by you") : registry.detect(path, meant);
        Dialect dialect = detection.dialect();
        boolean inPlugin = dialect.places().isInPlugin(path);
        Optional<LenientReread.Reread> reread = fm.isValid() || !fm.isPresent() ? Optional.empty()
                : LenientReread.reread(doc, dialect.behaviour().yamlRetry()).filter(r -> r.frontMatter().isValid());
        CheckContext ctx = new CheckContext(doc, fm, dialect, path, inPlugin);
        YamlRules.check(ctx, registry, new YamlRules.Readings(reread, repaired));
        FileRules.check(ctx);
        if (fm.isValid() && fm.isPresent()) {
            SchemaRules.check(ctx);
            PortabilityRules.check(ctx, registry);
        } else if (reread.isPresent()) {
            schemaOf(ctx, reread.get().document(), reread.get().frontMatter(), r -> reread.get().toOriginal(r, doc));
        } else {
            repaired.ifPresent(r -> schemaOf(ctx, r.frontMatter().document(), r.frontMatter(), r::toOriginal));
        }
        BodyRules.check(ctx);
        YamlMapping keys = reread.flatMap(r -> r.frontMatter().mapping()).orElse(meant);
        Optional<String> name = DialectRegistry.agentName(dialect, path, keys)
                .or(() -> inPlugin && path != null ? Optional.of(DialectRegistry.fileStem(path)) : Optional.empty());
        List<Diagnostic> sorted = ctx.diagnostics().stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.range().start()).thenComparing(Diagnostic::severity))
                .toList();
        return new CheckResult(doc, fm, keys, detection, name, sorted);
    }

    /** The result for a file that cannot be read as text (binary, too large, not readable): one problem saying why. */
    public CheckResult unreadable(Path path, String why) {
        AgentDocument doc = AgentDocument.parse("");
        Dialect dialect = registry.detect(path, new YamlMapping(List.of(), false, doc.yamlRange())).dialect();
        CheckContext ctx = new CheckContext(doc, FrontMatterReader.read(doc), dialect, path, false);
        ctx.report(Severity.ERROR, Effect.NOT_LOADED, Code.FILE_UNREADABLE, why, doc.yamlRange(), null, null);
        return new CheckResult(doc, ctx.frontMatter, new YamlMapping(List.of(), false, doc.yamlRange()),
                new Detection(dialect, "unreadable"), Optional.empty(), ctx.diagnostics());
    }

    /**
     * While strict YAML rejects the file, the schema is still checked on the text the tool rereads (or, when it does
     * not, on the text the author meant), so every problem shows at once; ranges point at the author's text, and fixes
     * are left off (they were made for other text).
     */
    private static void schemaOf(CheckContext ctx, AgentDocument other, FrontMatter fm, UnaryOperator<TextRange> toOriginal) {
        CheckContext there = new CheckContext(other, fm, ctx.dialect, ctx.path, ctx.inPlugin);
        SchemaRules.check(there);
        for (Diagnostic d : there.diagnostics()) {
            ctx.report(d.severity(), d.effect(), d.code(), d.message(), toOriginal.apply(d.range()), d.key(), null);
        }
    }
}
