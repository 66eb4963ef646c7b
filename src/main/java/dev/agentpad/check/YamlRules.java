package dev.agentpad.check;

import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.dialect.Effect;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.LenientReread;
import dev.agentpad.yaml.PlainValueRepair;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlError;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problems of the front matter as YAML, before any tool's schema: what makes tools drop a file. */
final class YamlRules {

    private static final Pattern HASH_VALUE = Pattern.compile("[ \\t]*(#\\S+)[ \\t]*");

    private YamlRules() {
    }

    /**
     * How the front matter reads besides strictly: as the tool rereads it after its lenient rewrite (when that parses),
     * and as the author meant it (the broken values repaired).
     */
    record Readings(Optional<LenientReread.Reread> byTool, Optional<PlainValueRepair.Repaired> meant) {
    }

    static void check(CheckContext ctx, DialectRegistry registry) {
        check(ctx, registry, new Readings(Optional.empty(), Optional.empty()));
    }

    static void check(CheckContext ctx, DialectRegistry registry, Readings readings) {
        AgentDocument doc = ctx.doc;
        if (doc.state() == FrontMatterState.NONE) {
            boolean agentLocation = ctx.path != null && registry.isAgentLocation(ctx.path);
            if (agentLocation || !ctx.dialect.isGeneric()) {
                boolean required = ctx.dialect.fields().stream().anyMatch(f -> f.required());
                ctx.report(required ? Severity.ERROR : Severity.WARNING, Code.NO_FRONT_MATTER,
                        "no front matter: " + ctx.tool() + " expects a '---' block at the top of the file with at least a description",
                        firstLine(doc), null, null);
            }
            return;
        }
        ctx.frontMatter.error().ifPresentOrElse(error -> reportError(ctx, error, registry, readings), () -> {
            YamlMapping mapping = ctx.frontMatter.mapping().orElseThrow();
            duplicates(ctx, mapping);
            hashValues(ctx, mapping);
        });
    }

    private static void reportError(CheckContext ctx, YamlError error, DialectRegistry registry, Readings readings) {
        String note = ctx.inPlugin && ctx.dialect.behaviour().ifInvalidYamlInPlugin() != null
                ? ctx.tool() + " loads a placeholder in its place: the file name, a generic description and every tool"
                : ctx.dialect.behaviour().invalidYamlNote();
        switch (error.kind()) {
            case UNCLOSED -> ctx.report(Severity.ERROR, Code.YAML_UNCLOSED,
                    "the front matter has no closing '---' line, so " + ctx.tool() + " reads no keys at all", error.range(), null, null);
            case NOT_A_MAP -> ctx.report(Severity.ERROR, Code.YAML_NOT_A_MAP, error.message() + "; " + note, error.range(), null, null);
            case LIMIT -> ctx.report(Severity.ERROR, Code.YAML_LIMIT, error.message(), error.range(), null, null);
            case SYNTAX -> syntax(ctx, error, note, registry, readings);
        }
    }

    private static void syntax(CheckContext ctx, YamlError error, String note, DialectRegistry registry, Readings readings) {
        int at = error.range().start();
        boolean explained = false;
        List<PlainValueRepair.Candidate> broken = PlainValueRepair.find(ctx.doc, registry.knownKeys());
        Fix fix = repairFix(ctx, broken, registry);
        Outcome outcome = outcome(ctx, readings, note);
        for (PlainValueRepair.Candidate c : broken) {
            boolean here = at >= c.value().start() && at <= c.value().end();
            int start = here ? at : c.colon().start();
            String what = c.value().end() > ctx.doc.lines().lineStart(ctx.doc.lines().lineOf(c.value().start()) + 1)
                    ? "is not quoted and goes on over lines strict YAML cannot read as part of it" : "is not quoted and contains ': '";
            ctx.report(outcome.severity, outcome.effect, Code.YAML_COLON_IN_PLAIN,
                    "'" + c.key() + "' " + what + ", which strict YAML rejects (" + error.message() + "); " + outcome.words
                            + (fix == null ? "; no safe fix: the value's end is unclear, quote it by hand" : ""),
                    new TextRange(start, c.value().end()), c.key(), fix);
            explained |= here;
        }
        if (explained) {
            return;
        }
        if (error.message().contains("TAB") || error.message().contains("\\t")) {
            ctx.report(outcome.severity, outcome.effect, Code.YAML_TAB_INDENT,
                    "a tab is used for indentation, which YAML forbids; " + outcome.words, error.range(), null, tabFix(ctx.doc));
        } else {
            ctx.report(outcome.severity, outcome.effect, Code.YAML_SYNTAX, "invalid YAML: " + error.message() + "; " + outcome.words,
                    error.range(), null, null);
        }
    }

    /** What the tool makes of front matter strict YAML refuses: severity, effect, and the words that say so. */
    private record Outcome(Severity severity, Effect effect, String words) {
    }

    /**
     * The tool's outcome: when its lenient reread parses and reads every value as the author meant, the agent works
     * (a warning: strict readers still refuse it); when it parses but reads something else, the agent is misread;
     * when it does not parse, the dialect's effect for unreadable files (not loaded, or a placeholder in a plugin).
     */
    private static Outcome outcome(CheckContext ctx, Readings readings, String note) {
        if (readings.byTool().isEmpty()) {
            Effect effect = ctx.dialect.behaviour().invalidYamlEffect(ctx.inPlugin);
            return new Outcome(Effects.severity(effect), effect, note);
        }
        YamlMapping reread = readings.byTool().get().frontMatter().mapping().orElseThrow();
        String retry = ctx.dialect.behaviour().yamlRetryNote();
        if (readings.meant().isEmpty()) {
            return new Outcome(Severity.ERROR, Effect.MISREAD, retry + ", but reads the broken part as text, not as written");
        }
        List<String> misread = new ArrayList<>();
        readings.meant().flatMap(m -> m.frontMatter().mapping()).ifPresent(meant -> {
            for (YamlEntry e : meant.entries()) {
                Optional<YamlNode> got = reread.value(e.name());
                if (e.value() instanceof YamlScalar s && (got.isEmpty() || !(got.get() instanceof YamlScalar g) || !g.value().equals(s.value()))) {
                    String read = got.filter(YamlScalar.class::isInstance).map(g -> shortened(((YamlScalar) g).value())).orElse("nothing");
                    misread.add("'" + e.name() + "' reads as " + read);
                }
            }
            for (YamlEntry e : reread.entries()) {
                if (meant.entry(e.name()).isEmpty()) {
                    misread.add("'" + e.name() + "' becomes a key of its own");
                }
            }
        });
        if (misread.isEmpty()) {
            return new Outcome(Severity.WARNING, Effect.WORKS, retry + " and loads the agent as written; other tools and readers"
                    + " that follow the YAML standard refuse the file");
        }
        return new Outcome(Severity.ERROR, Effect.MISREAD, retry + ", but then " + String.join("; ", misread));
    }

    private static String shortened(String value) {
        String one = value.replaceAll("\\s+", " ").strip();
        return "'" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "'";
    }

    /**
     * One edit that rewrites every broken value as a block, offered only when the result reads in strict YAML and
     * each value reads back as the author's text (the lines joined as YAML joins them).
     */
    private static Fix repairFix(CheckContext ctx, List<PlainValueRepair.Candidate> broken, DialectRegistry registry) {
        if (broken.isEmpty()) {
            return null;
        }
        TextEdit edit = PlainValueRepair.repairAll(ctx.doc.text(), broken);
        FrontMatter after = FrontMatterReader.read(AgentDocument.parse(edit.applyTo(ctx.doc.text())));
        if (!after.isValid()) {
            return null;
        }
        YamlMapping keys = after.mapping().orElseThrow();
        for (PlainValueRepair.Candidate c : broken) {
            boolean same = keys.value(c.key()).filter(YamlScalar.class::isInstance)
                    .map(v -> ((YamlScalar) v).value().equals(c.intended())).orElse(false);
            if (!same) {
                return null;
            }
        }
        String title = broken.size() == 1 ? "Rewrite '" + broken.get(0).key() + "' as a folded block (>-)"
                : "Rewrite the " + broken.size() + " unquoted values as folded blocks (>-)";
        return new Fix(title, edit, true);
    }

    private static void duplicates(CheckContext ctx, YamlMapping mapping) {
        Map<String, List<YamlEntry>> byName = new HashMap<>(); // once, not a scan per key: 5,000 keys stay quick
        for (YamlEntry entry : mapping.entries()) {
            byName.computeIfAbsent(entry.name(), n -> new ArrayList<>()).add(entry);
        }
        for (YamlEntry entry : mapping.entries()) {
            List<YamlEntry> same = byName.get(entry.name());
            YamlEntry last = same.get(same.size() - 1);
            if (same.size() > 1 && entry != last) {
                int lastLine = ctx.doc.positionOf(last.key().range().start()).line();
                ctx.report(Severity.WARNING, Code.YAML_DUPLICATE_KEY,
                        "'" + entry.name() + "' is set again on line " + lastLine + ": YAML forbids duplicate keys; most tools"
                                + " keep the last value and strict readers refuse the file",
                        entry.key().range(), entry.name(), new Fix("Remove this earlier '" + entry.name() + "'",
                                TextEdit.delete(entry.lines()), true));
            }
        }
    }

    /** {@code color: #ff0000}: the '#' starts a comment, so the key is empty. */
    private static void hashValues(CheckContext ctx, YamlMapping mapping) {
        String text = ctx.doc.text();
        for (YamlEntry entry : mapping.entries()) {
            if (!(entry.value() instanceof YamlScalar s) || !s.isEmptyNull()) {
                continue;
            }
            int from = s.range().start();
            int lineEnd = LineIndex.lineEnd(text, from);
            Matcher m = HASH_VALUE.matcher(text.substring(from, lineEnd));
            if (m.matches()) {
                String value = m.group(1);
                TextRange range = new TextRange(from + m.start(1), from + m.end(1));
                ctx.report(Severity.WARNING, Code.YAML_HASH_VALUE,
                        "'" + entry.name() + ": " + value + "' is read as a comment, so '" + entry.name()
                                + "' is empty; quote the value",
                        range, entry.name(), new Fix("Quote '" + value + "'", new TextEdit(range, "'" + value + "'"), true));
            }
        }
    }

    private static Fix tabFix(AgentDocument doc) {
        String yaml = doc.yamlText();
        StringBuilder fixed = new StringBuilder();
        boolean lineStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (lineStart && c == '\t') {
                fixed.append("  ");
                continue;
            }
            lineStart = (lineStart && c == ' ') || c == '\n' || c == '\r';
            fixed.append(c);
        }
        TextEdit edit = new TextEdit(doc.yamlRange(), fixed.toString());
        boolean reads = FrontMatterReader.read(AgentDocument.parse(edit.applyTo(doc.text()))).isValid();
        return reads ? new Fix("Replace indenting tabs with spaces", edit, true) : null;
    }

    private static TextRange firstLine(AgentDocument doc) {
        int start = doc.contentStart();
        return new TextRange(start, LineIndex.lineEnd(doc.text(), start));
    }
}
