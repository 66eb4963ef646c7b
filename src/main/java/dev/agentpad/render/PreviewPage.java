package dev.agentpad.render;

import dev.agentpad.resources.Resources;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Diagnostic;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The whole page, as {@code agentpad render} writes it: the same as {@link #parts}{@code .html()} with no limit,
     * made in one piece (a long prompt is not cut into blocks only to be joined again).
     *
     * @param withProblems include the problems list (the editor shows its own list beside the preview)
     */
    public static String render(CheckResult result, String title, boolean withProblems) {
        return render(result, title, withProblems, MarkdownRenderer.toHtml(result.document().bodyText()));
    }

    /** The same page around a prompt already rendered by {@link MarkdownRenderer#toHtml} (beside the check, on a long one). */
    public static String render(CheckResult result, String title, boolean withProblems, String promptHtml) {
        String problems = withProblems ? problemsHtml(result) : "";
        return new Preview(head(title), cardHtml(AgentCard.of(result)), problems, List.of(promptHtml)).html();
    }

    /**
     * The same page in its parts, for a preview that replaces only what changed. A prompt longer than
     * {@code maxPromptChars} is shown up to the paragraph break before that length, with a note saying so: a WebView
     * given megabytes of HTML takes seconds and hundreds of megabytes to show it.
     */
    public static Preview parts(CheckResult result, String title, boolean withProblems, int maxPromptChars) {
        String head = head(title);
        String problems = withProblems ? problemsHtml(result) : "";
        String prompt = result.document().bodyText();
        if (prompt.length() <= maxPromptChars) {
            return new Preview(head, cardHtml(AgentCard.of(result)), problems, MarkdownRenderer.toHtmlBlocks(prompt));
        }
        int cut = prompt.lastIndexOf("\n\n", maxPromptChars);
        String shown = prompt.substring(0, cut > 0 ? cut : maxPromptChars);
        List<String> blocks = new ArrayList<>(MarkdownRenderer.toHtmlBlocks(shown));
        blocks.add(String.format("<p class=\"truncated\">The preview shows the first %,d of the prompt's %,d characters. "
                + "The checker reads all of it; <code>agentpad render</code> renders all of it.</p>%n", shown.length(), prompt.length()));
        return new Preview(head, cardHtml(AgentCard.of(result)), problems, blocks);
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
                + "<title>" + Html.escape(title) + "</title><style>" + CSS + "</style></head>\n<body>\n";
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

    private static String problemsHtml(CheckResult result) {
        if (result.diagnostics().isEmpty()) {
            return "<section class=\"problems none\"><h2>No problems</h2></section>\n";
        }
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"problems\"><h2>Problems</h2><ul>\n");
        for (Diagnostic d : result.diagnostics()) {
            html.append("<li class=\"").append(d.severity().label()).append("\"><span class=\"severity\">")
                    .append(d.severity().label()).append("</span> <span class=\"where\">line ").append(d.start().line())
                    .append("</span> <code>").append(d.code().id()).append("</code> ").append(Html.escape(d.message()));
            d.fixIfAny().ifPresent(f -> html.append(" <span class=\"fix\">Fix: ").append(Html.escape(f.title())).append("</span>"));
            html.append("</li>\n");
        }
        html.append("</ul></section>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    private static String chips(List<String> items) {
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
