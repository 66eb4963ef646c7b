package dev.agentpad.check;

import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.PlainValueRepair;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlError;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlScalar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problems of the front matter as YAML, before any tool's schema: what makes tools drop a file. */
final class YamlRules {

    private static final Pattern HASH_VALUE = Pattern.compile("[ \\t]*(#\\S+)[ \\t]*");

    private YamlRules() {
    }

    static void check(CheckContext ctx, DialectRegistry registry) {
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
        ctx.frontMatter.error().ifPresentOrElse(error -> reportError(ctx, error), () -> {
            YamlMapping mapping = ctx.frontMatter.mapping().orElseThrow();
            duplicates(ctx, mapping);
            hashValues(ctx, mapping);
        });
    }

    private static void reportError(CheckContext ctx, YamlError error) {
        String note = ctx.dialect.invalidYamlNote();
        switch (error.kind()) {
            case UNCLOSED -> ctx.report(Severity.ERROR, Code.YAML_UNCLOSED,
                    "the front matter has no closing '---' line, so " + ctx.tool() + " reads no keys at all", error.range(), null, null);
            case NOT_A_MAP -> ctx.report(Severity.ERROR, Code.YAML_NOT_A_MAP, error.message() + "; " + note, error.range(), null, null);
            case LIMIT -> ctx.report(Severity.ERROR, Code.YAML_LIMIT, error.message(), error.range(), null, null);
            case SYNTAX -> syntax(ctx, error, note);
        }
    }

    private static void syntax(CheckContext ctx, YamlError error, String note) {
        int at = error.range().start();
        boolean explained = false;
        for (PlainValueRepair.Candidate c : PlainValueRepair.find(ctx.doc)) {
            boolean here = at >= c.value().start() && at <= c.value().end();
            int start = here ? at : c.colon().start();
            ctx.report(Severity.ERROR, Code.YAML_COLON_IN_PLAIN,
                    "'" + c.key() + "' is not quoted and contains ': ', which strict YAML rejects (" + error.message()
                            + "); " + note,
                    new TextRange(start, c.value().end()), c.key(),
                    new Fix("Rewrite '" + c.key() + "' as a folded block (>-)", c.fix()));
            explained |= here;
        }
        if (explained) {
            return;
        }
        if (error.message().contains("TAB") || error.message().contains("\\t")) {
            ctx.report(Severity.ERROR, Code.YAML_TAB_INDENT,
                    "a tab is used for indentation, which YAML forbids; " + note, error.range(), null, tabFix(ctx.doc));
        } else {
            ctx.report(Severity.ERROR, Code.YAML_SYNTAX, "invalid YAML: " + error.message() + "; " + note, error.range(), null, null);
        }
    }

    private static void duplicates(CheckContext ctx, YamlMapping mapping) {
        for (YamlEntry entry : mapping.entries()) {
            List<YamlEntry> same = mapping.entries(entry.name());
            YamlEntry last = same.get(same.size() - 1);
            if (same.size() > 1 && entry != last) {
                int lastLine = ctx.doc.positionOf(last.key().range().start()).line();
                ctx.report(Severity.WARNING, Code.YAML_DUPLICATE_KEY,
                        "'" + entry.name() + "' is set again on line " + lastLine + ": YAML forbids duplicate keys; most tools"
                                + " keep the last value and strict readers refuse the file",
                        entry.key().range(), entry.name(), new Fix("Remove this earlier '" + entry.name() + "'",
                                TextEdit.delete(entry.lines())));
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
                        range, entry.name(), new Fix("Quote '" + value + "'", new TextEdit(range, "'" + value + "'")));
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
        return new Fix("Replace indenting tabs with spaces", new TextEdit(doc.yamlRange(), fixed.toString()));
    }

    private static TextRange firstLine(AgentDocument doc) {
        int start = doc.contentStart();
        return new TextRange(start, LineIndex.lineEnd(doc.text(), start));
    }
}
