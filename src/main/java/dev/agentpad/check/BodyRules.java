package dev.agentpad.check;

import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.YamlScalar;

/** The prompt body: empty, over the tool's size limit, or with structure tags left open. */
final class BodyRules {

    private BodyRules() {
    }

    static void check(CheckContext ctx) {
        TextRange body = ctx.doc.bodyRange();
        String text = ctx.doc.text();
        if (ctx.doc.state() == FrontMatterState.CLOSED && ctx.doc.bodyText().isBlank() && !ctx.dialect.isGeneric()) {
            TextRange at = body.isEmpty() ? ctx.doc.closingFence() : body;
            ctx.report(Severity.WARNING, Code.BODY_EMPTY, "the prompt is empty: " + ctx.tool()
                    + " uses the text after the front matter as the agent's instructions", trimmed(at, text), null, null);
        }
        Integer max = ctx.dialect.behaviour().bodyMaxChars();
        if (max != null && body.length() > max) {
            ctx.report(Severity.ERROR, Code.BODY_TOO_LONG, "the prompt is " + body.length() + " characters; " + ctx.tool()
                    + " accepts at most " + max, new TextRange(body.start() + max, body.end()), null, null);
        }
        tags(ctx, body.start(), body.end(), null, false);
        if (ctx.frontMatter.isValid()) {
            ctx.frontMatter.mapping().flatMap(m -> m.value("description"))
                    .filter(YamlScalar.class::isInstance)
                    .ifPresent(d -> tags(ctx, d.range().start(), d.range().end(), "description", true));
        }
    }

    private static void tags(CheckContext ctx, int from, int to, String key, boolean flowing) {
        for (TagBalance.Unbalanced tag : TagBalance.find(ctx.doc.text(), from, to, flowing)) {
            String message = tag.closing()
                    ? "</" + tag.name() + "> closes no <" + tag.name() + ">"
                    : "<" + tag.name() + "> is never closed with </" + tag.name() + ">";
            ctx.report(Severity.WARNING, Code.TAG_UNBALANCED, message + (key != null ? " in '" + key + "'" : "")
                    + "; models read such tags as structure", tag.range(), key, null);
        }
    }

    private static TextRange trimmed(TextRange range, String text) {
        int end = range.end();
        while (end > range.start() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return new TextRange(range.start(), end);
    }
}
