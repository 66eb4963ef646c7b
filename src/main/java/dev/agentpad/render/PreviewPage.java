package dev.agentpad.render;

import dev.agentpad.resources.Resources;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Diagnostic;

/**
 * A complete, self-contained HTML page for an agent: its card, optionally the problems, and the rendered
 * prompt. The page carries a Content-Security-Policy that forbids scripts and any fetch, so even a hostile
 * prompt can neither run code nor call out. The editor's preview and {@code agentpad render} show this same page.
 */
public final class PreviewPage {

    private static final String CSS = resource("preview.css");
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private PreviewPage() {
    }

    /** @param withProblems include the problems list (the editor shows its own list beside the preview) */
    public static String render(CheckResult result, String title, boolean withProblems) {
        AgentCard card = AgentCard.of(result);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>").append(CSS).append("</style></head>\n<body>\n");
        card(html, card);
        if (withProblems) {
            problems(html, result);
        }
        html.append("<article class=\"prompt\">\n").append(MarkdownRenderer.toHtml(result.document().bodyText()))
                .append("</article>\n</body></html>\n");
        return html.toString();
    }

    /** The agent card alone, as the preview shows it (the review shows two side by side). */
    public static String cardHtml(AgentCard card) {
        StringBuilder html = new StringBuilder();
        card(html, card);
        return html.toString();
    }

    private static void card(StringBuilder html, AgentCard card) {
        html.append("<section class=\"card").append(card.loads() ? "" : " broken").append("\" id=\"agent-card\">\n<header>");
        card.colorCss().ifPresent(css -> html.append("<span class=\"swatch\" style=\"background:").append(Html.escape(css))
                .append("\" title=\"").append(Html.escape(card.color().orElse(""))).append("\"></span>"));
        html.append("<h1>").append(Html.escape(card.name())).append("</h1><span class=\"dialect\">")
                .append(Html.escape(card.dialect())).append("</span></header>\n");
        html.append("<p class=\"status\">").append(Html.escape(card.status())).append("</p>\n");
        if (!card.description().isEmpty()) {
            html.append("<p class=\"description\">").append(Html.escape(card.description())).append("</p>\n");
        }
        html.append("<dl>");
        card.mode().ifPresent(m -> row(html, "Mode", Html.escape(m)));
        card.model().ifPresent(m -> row(html, "Model", Html.escape(m)));
        if (!card.tools().isEmpty()) {
            row(html, "Tools", chips(card.tools()));
        }
        if (!card.permissions().isEmpty()) {
            row(html, "Permissions", chips(card.permissions()));
        }
        card.color().ifPresent(c -> row(html, "Colour", Html.escape(c)));
        html.append("</dl>\n</section>\n");
    }

    private static void problems(StringBuilder html, CheckResult result) {
        if (result.diagnostics().isEmpty()) {
            html.append("<section class=\"problems none\"><h2>No problems</h2></section>\n");
            return;
        }
        html.append("<section class=\"problems\"><h2>Problems</h2><ul>\n");
        for (Diagnostic d : result.diagnostics()) {
            html.append("<li class=\"").append(d.severity().label()).append("\"><span class=\"severity\">")
                    .append(d.severity().label()).append("</span> <span class=\"where\">line ").append(d.start().line())
                    .append("</span> <code>").append(d.code().id()).append("</code> ").append(Html.escape(d.message()));
            d.fixIfAny().ifPresent(f -> html.append(" <span class=\"fix\">Fix: ").append(Html.escape(f.title())).append("</span>"));
            html.append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    private static String chips(java.util.List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            boolean off = item.startsWith("no ") || item.endsWith(": deny");
            out.append("<span class=\"chip").append(off ? " off" : "").append("\">").append(Html.escape(item)).append("</span>");
        }
        return out.toString();
    }

    private static String resource(String name) {
        return Resources.required("/dev/agentpad/render/" + name);
    }
}
