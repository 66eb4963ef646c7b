package dev.agentpad.review;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.render.Html;
import dev.agentpad.render.MarkdownRenderer;
import dev.agentpad.render.PreviewPage;
import dev.agentpad.resources.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * A review as one safe HTML page for the window: a red line when the change flips whether the tool loads the agent, the
 * front-matter table (changes first, what only reads differently apart, unchanged keys folded), what the agent may now
 * do that it could not, problems introduced and fixed, both cards, and the prompt: rendered with insertions and
 * deletions marked (unchanged sections folded), and side by side as source. Each change has a link to show it in the
 * editor ({@code agentpad:show/N}) and one to take it back ({@code agentpad:revert/N}), N being its place in
 * {@link Review#changes()}. Like the preview, the page runs no script and fetches nothing.
 */
public final class ReviewPage {

    /** Markers around inserted and deleted words in Markdown; the renderer passes them through as text. */
    private static final char DEL_OPEN = '\uE000';
    private static final char DEL_CLOSE = '\uE001';
    private static final char INS_OPEN = '\uE002';
    private static final char INS_CLOSE = '\uE003';
    private static final String CSS = Resources.required("/dev/agentpad/render/preview.css") + Resources.required("/dev/agentpad/review/review.css");

    private ReviewPage() {
    }

    public static String render(Review review) {
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>Review</title><style>").append(CSS).append("</style></head>\n<body class=\"review\">\n");
        html.append("<p class=\"compared\">Comparing <b>").append(Html.escape(review.before().label())).append("</b> with <b>")
                .append(Html.escape(review.after().label())).append("</b> &middot; ").append(review.changesMeaning()
                        ? "this changes what the agent does" : "same meaning").append("</p>\n");
        review.loadFlip().ifPresent(flip -> html.append("<p class=\"flip").append(review.after().card().loads() ? " good" : "")
                .append("\" id=\"load-flip\">").append(Html.escape(flip)).append("</p>\n"));
        if (review.dialectsDiffer()) {
            html.append("<p class=\"note\">").append(Html.escape(review.before().result().detection().dialect().displayName()))
                    .append(" became ").append(Html.escape(review.after().result().detection().dialect().displayName()))
                    .append(": keys are compared by what they mean, what the agent may do by its tools.</p>\n");
        }
        List<Review.Change> changes = review.changes();
        power(html, review);
        fields(html, review, changes);
        problems(html, review);
        html.append("<section class=\"cards\"><div><h3>Before</h3>").append(PreviewPage.cardHtml(review.before().card()))
                .append("</div><div><h3>After</h3>").append(PreviewPage.cardHtml(review.after().card())).append("</div></section>\n");
        prompt(html, review, changes);
        return html.append("</body></html>\n").toString();
    }

    private static void power(StringBuilder html, Review review) {
        if (review.gains().isEmpty() && review.losses().isEmpty()) {
            return;
        }
        html.append("<section class=\"power\"><h2>What the agent may do</h2><ul>");
        review.gains().forEach(g -> html.append("<li class=\"gain\">gains: ").append(Html.escape(g)).append("</li>"));
        review.losses().forEach(l -> html.append("<li class=\"loss\">no longer: ").append(Html.escape(l)).append("</li>"));
        html.append("</ul></section>\n");
    }

    private static void fields(StringBuilder html, Review review, List<Review.Change> changes) {
        List<FieldChange> real = review.fields().stream().filter(FieldChange::changesMeaning).toList();
        List<FieldChange> same = review.fields().stream().filter(f -> f.mark() == FieldChange.Mark.SAME_MEANING).toList();
        List<FieldChange> unchanged = review.fields().stream().filter(f -> f.mark() == FieldChange.Mark.UNCHANGED).toList();
        html.append("<section class=\"fields\"><h2>Front matter</h2>\n");
        if (real.isEmpty()) {
            html.append("<p class=\"quiet\">No key changes what the tool reads.</p>\n");
        } else {
            table(html, real, changes);
        }
        if (!same.isEmpty()) {
            html.append("<h3>Same meaning, written another way</h3>\n");
            table(html, same, changes);
        }
        if (!unchanged.isEmpty()) {
            html.append("<details><summary>").append(unchanged.size()).append(unchanged.size() == 1 ? " key" : " keys")
                    .append(" unchanged</summary>\n");
            table(html, unchanged, changes);
            html.append("</details>\n");
        }
        html.append("</section>\n");
    }

    private static void table(StringBuilder html, List<FieldChange> rows, List<Review.Change> changes) {
        html.append("<table class=\"field-table\"><tr><th>Key</th><th>Before</th><th>After</th><th></th></tr>\n");
        for (FieldChange f : rows) {
            int index = indexOf(changes, f.key() + ": " + f.mark().words());
            html.append("<tr class=\"").append(f.mark().name().toLowerCase()).append("\"").append(index >= 0 ? " id=\"change-" + index + "\"" : "")
                    .append("><td><code>").append(Html.escape(f.key())).append("</code><span class=\"mark\">").append(f.mark().words())
                    .append("</span></td>");
            if (!f.words().isEmpty()) {
                html.append("<td colspan=\"2\">").append(inline(f.words())).append("</td>");
            } else {
                html.append("<td>").append(value(f.before())).append("</td><td>").append(value(f.after()));
                if (!f.details().isEmpty()) {
                    html.append("<ul class=\"details\">");
                    f.details().forEach(d -> html.append("<li class=\"").append(d.startsWith("+") ? "plus" : d.startsWith("-") ? "minus" : "")
                            .append("\">").append(Html.escape(d)).append("</li>"));
                    html.append("</ul>");
                }
                html.append("</td>");
            }
            html.append("<td class=\"actions\">");
            if (index >= 0) {
                html.append(links(index, changes.get(index)));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void problems(StringBuilder html, Review review) {
        if (review.introduced().isEmpty() && review.fixed().isEmpty()) {
            return;
        }
        html.append("<section class=\"problems\"><h2>Problems</h2><ul>");
        for (Diagnostic d : review.introduced()) {
            html.append("<li class=\"").append(d.severity().label()).append("\"><span class=\"severity\">new ").append(d.severity().label())
                    .append("</span> <code>").append(d.code().id()).append("</code> ").append(Html.escape(d.message())).append("</li>");
        }
        for (Diagnostic d : review.fixed()) {
            html.append("<li class=\"fixed\"><span class=\"severity\">fixed</span> <code>").append(d.code().id()).append("</code> ")
                    .append(Html.escape(d.message())).append("</li>");
        }
        html.append("</ul></section>\n");
    }

    private static void prompt(StringBuilder html, Review review, List<Review.Change> changes) {
        html.append("<section class=\"prompt-diff\"><h2>Prompt</h2>\n");
        if (!review.body().changed()) {
            html.append("<p class=\"quiet\">The prompt is unchanged (").append(review.after().tokens()).append(" tokens).</p></section>\n");
            return;
        }
        int[] counts = ReviewReport.wordCounts(review.body().words());
        html.append("<p class=\"quiet\">").append(review.body().hunks().size()).append(review.body().hunks().size() == 1 ? " change" : " changes")
                .append(", +").append(counts[0]).append(" &minus;").append(counts[1]).append(" words; tokens ")
                .append(review.before().tokens()).append(" &rarr; ").append(review.after().tokens()).append("</p>\n");
        html.append("<details open><summary>Rendered, with changes marked</summary><article class=\"prompt\">\n")
                .append(renderedWithMarks(review.body().words())).append("</article></details>\n");
        html.append("<details open><summary>Source, side by side</summary><table class=\"side-by-side\">\n");
        int hunk = 0;
        int fieldChanges = (int) changes.stream().filter(c -> !c.title().startsWith("prompt")).count();
        BodyDiff.Kind previous = BodyDiff.Kind.SAME;
        for (BodyDiff.Row row : review.body().rows()) {
            boolean startsHunk = row.kind() != BodyDiff.Kind.SAME && previous == BodyDiff.Kind.SAME;
            previous = row.kind();
            html.append("<tr class=\"").append(row.kind().name().toLowerCase()).append("\"");
            int index = fieldChanges + hunk;
            if (startsHunk) {
                html.append(" id=\"change-").append(index).append("\"");
                hunk++;
            }
            html.append("><td class=\"ln\">").append(row.oldLine() > 0 ? row.oldLine() : "").append("</td><td class=\"old\">")
                    .append(row.kind() == BodyDiff.Kind.CHANGED ? side(row.words(), false) : Html.escape(row.oldText()))
                    .append("</td><td class=\"ln\">").append(row.newLine() > 0 ? row.newLine() : "").append("</td><td class=\"new\">")
                    .append(row.kind() == BodyDiff.Kind.CHANGED ? side(row.words(), true) : Html.escape(row.newText())).append("</td><td class=\"actions\">");
            if (startsHunk && index < changes.size()) {
                html.append(links(index, changes.get(index)));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table></details></section>\n");
    }

    /**
     * The new prompt rendered as Markdown with deleted words put back and both marked: markers go around each piece,
     * line by line so a mark never spans two blocks, and become {@code <del>} and {@code <ins>} after rendering.
     * Sections (by heading) without a change are folded.
     */
    static String renderedWithMarks(List<WordDiff.Piece> pieces) {
        StringBuilder merged = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            switch (p.kind()) {
                case SAME -> merged.append(p.text());
                case DELETED -> marked(merged, p.text(), DEL_OPEN, DEL_CLOSE);
                case INSERTED -> marked(merged, p.text(), INS_OPEN, INS_CLOSE);
            }
        }
        StringBuilder html = new StringBuilder();
        for (String section : sections(merged.toString())) {
            String rendered = MarkdownRenderer.toHtml(section).replace(String.valueOf(DEL_OPEN), "<del>").replace(String.valueOf(DEL_CLOSE), "</del>")
                    .replace(String.valueOf(INS_OPEN), "<ins>").replace(String.valueOf(INS_CLOSE), "</ins>");
            boolean changed = section.chars().anyMatch(c -> c >= DEL_OPEN && c <= INS_CLOSE);
            if (changed) {
                html.append(rendered);
            } else {
                String heading = section.lines().findFirst().orElse("").replaceFirst("^#+\\s*", "");
                html.append("<details class=\"unchanged\"><summary>").append(Html.escape(heading.isBlank() ? "Unchanged" : heading))
                        .append(" (unchanged)</summary>").append(rendered).append("</details>");
            }
        }
        return html.toString();
    }

    private static void marked(StringBuilder out, String text, char open, char close) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isEmpty()) {
                out.append(open).append(lines[i]).append(close);
            }
        }
    }

    /** The text cut before each heading line; the first part is what comes before any heading. */
    private static List<String> sections(String markdown) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("(?<=\n)")) {
            String bare = line.replaceAll("[\uE000-\uE003]", "");
            if (bare.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && bare.startsWith("#") && current.length() > 0) {
                sections.add(current.toString());
                current.setLength(0);
            }
            current.append(line);
        }
        if (current.length() > 0) {
            sections.add(current.toString());
        }
        return sections;
    }

    private static String inline(List<WordDiff.Piece> pieces) {
        StringBuilder out = new StringBuilder("<span class=\"words\">");
        for (WordDiff.Piece p : pieces) {
            String text = Html.escape(p.text());
            switch (p.kind()) {
                case SAME -> out.append(text);
                case INSERTED -> out.append("<ins>").append(text).append("</ins>");
                case DELETED -> out.append("<del>").append(text).append("</del>");
            }
        }
        return out.append("</span>").toString();
    }

    private static String side(List<WordDiff.Piece> pieces, boolean newSide) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            String text = Html.escape(p.text());
            if (p.kind() == WordDiff.Kind.SAME) {
                out.append(text);
            } else if (p.kind() == WordDiff.Kind.INSERTED && newSide) {
                out.append("<ins>").append(text).append("</ins>");
            } else if (p.kind() == WordDiff.Kind.DELETED && !newSide) {
                out.append("<del>").append(text).append("</del>");
            }
        }
        return out.toString();
    }

    private static String value(String raw) {
        return raw == null ? "<span class=\"quiet\">(none)</span>" : "<code class=\"value\">" + Html.escape(raw) + "</code>";
    }

    private static String links(int index, Review.Change change) {
        StringBuilder out = new StringBuilder();
        if (change.inNewText().isPresent()) {
            out.append("<a href=\"agentpad:show/").append(index).append("\">Show</a> ");
        }
        if (change.revert().isPresent()) {
            out.append("<a href=\"agentpad:revert/").append(index).append("\" class=\"revert\">Revert</a>");
        }
        return out.toString();
    }

    private static int indexOf(List<Review.Change> changes, String title) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }
}
