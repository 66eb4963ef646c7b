package dev.agentpad.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews written out for people and programs: text for a terminal (coloured when it is one), Markdown for a pull
 * request comment, and JSON with a stable schema (documented in the README).
 */
public final class ReviewReport {

    /** One reviewed file: its path as the user named it, how git saw it, and the review. */
    public record FileReview(String path, String status, Review review) {
    }

    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private ReviewReport() {
    }

    public static String text(List<FileReview> files, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (FileReview f : files) {
            Review r = f.review();
            out.append(paint(BOLD, f.path(), colour)).append(" (").append(r.before().label()).append(" -> ").append(r.after().label())
                    .append(f.status().equals("modified") ? "" : ", " + f.status()).append("): ")
                    .append(r.changesMeaning() ? "changes what the agent does" : "same meaning").append('\n');
            if (r.dialectsDiffer()) {
                out.append("  ").append(r.before().result().detection().dialect().displayName()).append(" -> ")
                        .append(r.after().result().detection().dialect().displayName()).append(": compared by what maps\n");
            }
            r.loadFlip().ifPresent(flip -> out.append("  ").append(paint(r.after().card().loads() ? GREEN : RED, "! " + flip, colour)).append('\n'));
            for (FieldChange c : r.fields()) {
                if (c.mark() == FieldChange.Mark.UNCHANGED) {
                    continue;
                }
                String mark = c.mark().words();
                out.append("  ").append(c.key()).append(": ").append(paint(c.changesMeaning() ? YELLOW : DIM, mark, colour));
                if (!c.details().isEmpty()) {
                    out.append("  ").append(String.join("  ", c.details()));
                } else if (!c.words().isEmpty()) {
                    out.append("  ").append(words(c.words(), colour));
                } else if (c.mark() == FieldChange.Mark.CHANGED) {
                    out.append("  ").append(oneLine(c.before())).append(" -> ").append(oneLine(c.after()));
                } else if (c.mark() == FieldChange.Mark.ADDED) {
                    out.append("  ").append(oneLine(c.after()));
                } else if (c.mark() == FieldChange.Mark.REMOVED) {
                    out.append("  was ").append(oneLine(c.before()));
                }
                out.append('\n');
            }
            if (r.body().changed()) {
                int[] counts = wordCounts(r.body().words());
                out.append("  prompt: ").append(r.body().hunks().size()).append(r.body().hunks().size() == 1 ? " change" : " changes")
                        .append(", +").append(counts[0]).append(" -").append(counts[1]).append(" words\n");
                for (BodyDiff.Row row : r.body().rows()) {
                    switch (row.kind()) {
                        case CHANGED -> out.append("    ").append(row.newLine()).append(": ").append(words(row.words(), colour)).append('\n');
                        case INSERTED -> out.append("    ").append(row.newLine()).append(": ").append(paint(GREEN, "+ " + row.newText(), colour)).append('\n');
                        case DELETED -> out.append("    ").append(paint(RED, "- " + row.oldText(), colour)).append('\n');
                        default -> { }
                    }
                }
            }
            if (r.before().tokens() != r.after().tokens()) {
                out.append("  tokens: ").append(r.before().tokens()).append(" -> ").append(r.after().tokens()).append('\n');
            }
            r.gains().forEach(g -> out.append("  ").append(paint(RED, "power gained: " + g, colour)).append('\n'));
            r.losses().forEach(l -> out.append("  power dropped: ").append(l).append('\n'));
            r.introduced().forEach(d -> out.append("  ").append(paint(d.severity().label().equals("error") ? RED : YELLOW,
                    "new " + problem(d), colour)).append('\n'));
            r.fixed().forEach(d -> out.append("  ").append(paint(GREEN, "fixed " + problem(d), colour)).append('\n'));
        }
        return out.toString();
    }

    public static String markdown(List<FileReview> files) {
        StringBuilder out = new StringBuilder("### AgentPad review\n\n");
        if (files.isEmpty()) {
            return out.append("No agent files changed.\n").toString();
        }
        out.append("| Agent | File | What changed | Loads | Tokens | Power |\n|---|---|---|---|---|---|\n");
        for (FileReview f : files) {
            Review r = f.review();
            List<String> what = new ArrayList<>();
            r.fields().stream().filter(FieldChange::changesMeaning).forEach(c -> what.add("`" + c.key() + "` " + c.mark().words()));
            if (r.body().changed()) {
                what.add("prompt (" + r.body().hunks().size() + ")");
            }
            if (what.isEmpty()) {
                what.add(r.changesMeaning() ? "see below" : "same meaning");
            }
            String loads = loads(r.before()) + (r.before().card().loads() == r.after().card().loads() ? "" : " → " + loads(r.after()));
            String power = r.gains().isEmpty() && r.losses().isEmpty() ? "same"
                    : (r.gains().isEmpty() ? "" : "**gains** " + r.gains().size()) + (r.losses().isEmpty() ? "" : (r.gains().isEmpty() ? "" : ", ")
                    + "drops " + r.losses().size());
            out.append("| ").append(cell(r.after().card().name())).append(" | `").append(cell(f.path())).append("`")
                    .append(f.status().equals("modified") ? "" : " (" + f.status() + ")").append(" | ").append(cell(String.join(", ", what)))
                    .append(" | ").append(loads).append(" | ").append(r.before().tokens()).append(" → ").append(r.after().tokens())
                    .append(" | ").append(power).append(" |\n");
        }
        for (FileReview f : files) {
            Review r = f.review();
            if (!r.changesMeaning() && r.fields().stream().noneMatch(c -> c.mark() == FieldChange.Mark.SAME_MEANING)) {
                continue;
            }
            out.append("\n<details><summary>").append(escape(r.after().card().name())).append(": details</summary>\n\n");
            r.loadFlip().ifPresent(flip -> out.append("> **").append(flip).append("**\n\n"));
            List<FieldChange> shown = r.fields().stream().filter(c -> c.mark() != FieldChange.Mark.UNCHANGED).toList();
            if (!shown.isEmpty()) {
                out.append("| Key | Change | Before | After |\n|---|---|---|---|\n");
                for (FieldChange c : shown) {
                    String detail = c.details().isEmpty() ? "" : " (" + String.join(", ", c.details()) + ")";
                    out.append("| `").append(cell(c.key())).append("` | ").append(c.mark().words()).append(cell(detail)).append(" | ")
                            .append(cell(oneLine(c.before()))).append(" | ").append(cell(oneLine(c.after()))).append(" |\n");
                }
                out.append('\n');
            }
            r.gains().forEach(g -> out.append("- :warning: gains: ").append(escape(g)).append('\n'));
            r.losses().forEach(l -> out.append("- drops: ").append(escape(l)).append('\n'));
            r.introduced().forEach(d -> out.append("- new ").append(escape(problem(d))).append('\n'));
            r.fixed().forEach(d -> out.append("- fixed ").append(escape(problem(d))).append('\n'));
            if (r.body().changed()) {
                out.append("\n```diff\n");
                for (BodyDiff.Row row : r.body().rows()) {
                    switch (row.kind()) {
                        case CHANGED -> out.append("-").append(row.oldText()).append("\n+").append(row.newText()).append('\n');
                        case INSERTED -> out.append("+").append(row.newText()).append('\n');
                        case DELETED -> out.append("-").append(row.oldText()).append('\n');
                        default -> { }
                    }
                }
                out.append("```\n");
            }
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    public static String json(List<FileReview> files) {
        ObjectMapper json = Json.mapper();
        ArrayNode all = json.createArrayNode();
        for (FileReview f : files) {
            Review r = f.review();
            ObjectNode o = all.addObject();
            o.put("path", f.path());
            o.put("status", f.status());
            o.put("changesMeaning", r.changesMeaning());
            o.put("dialectsDiffer", r.dialectsDiffer());
            o.put("loadFlip", r.loadFlip().orElse(null));
            version(o.putObject("old"), r.before());
            version(o.putObject("new"), r.after());
            ArrayNode fields = o.putArray("fields");
            for (FieldChange c : r.fields()) {
                if (c.mark() == FieldChange.Mark.UNCHANGED) {
                    continue;
                }
                ObjectNode field = fields.addObject();
                field.put("key", c.key());
                field.put("change", c.mark().words());
                field.put("before", c.before());
                field.put("after", c.after());
                ArrayNode details = field.putArray("details");
                c.details().forEach(details::add);
            }
            ObjectNode prompt = o.putObject("prompt");
            prompt.put("changed", r.body().changed());
            int[] counts = wordCounts(r.body().words());
            prompt.put("wordsInserted", counts[0]);
            prompt.put("wordsDeleted", counts[1]);
            ArrayNode hunks = prompt.putArray("hunks");
            for (BodyDiff.Hunk h : r.body().hunks()) {
                ObjectNode hunk = hunks.addObject();
                hunk.put("line", h.firstNewLine());
                hunk.put("before", h.oldText());
                hunk.put("after", h.newText());
            }
            ArrayNode gains = o.putArray("gains");
            r.gains().forEach(gains::add);
            ArrayNode losses = o.putArray("losses");
            r.losses().forEach(losses::add);
            problems(o.putArray("problemsIntroduced"), r.introduced());
            problems(o.putArray("problemsFixed"), r.fixed());
        }
        return Json.pretty(all) + "\n";
    }

    private static void version(ObjectNode o, Review.Version v) {
        o.put("label", v.label());
        o.put("dialect", v.result().detection().dialect().id());
        o.put("name", v.card().name());
        o.put("loads", v.card().loads());
        o.put("status", v.card().status());
        o.put("tokens", v.tokens());
    }

    private static void problems(ArrayNode out, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            ObjectNode p = out.addObject();
            p.put("severity", d.severity().label());
            p.put("code", d.code().id());
            p.put("effect", d.effect().words());
            p.put("line", d.start().line());
            p.put("message", d.message());
        }
    }

    /** Words inserted and deleted. */
    static int[] wordCounts(List<WordDiff.Piece> pieces) {
        int[] counts = new int[2];
        for (WordDiff.Piece p : pieces) {
            int words = p.text().isBlank() ? 0 : p.text().strip().split("\\s+").length;
            if (p.kind() == WordDiff.Kind.INSERTED) {
                counts[0] += words;
            } else if (p.kind() == WordDiff.Kind.DELETED) {
                counts[1] += words;
            }
        }
        return counts;
    }

    private static String words(List<WordDiff.Piece> pieces, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            String text = p.text().replace("\n", " ");
            switch (p.kind()) {
                case SAME -> out.append(text);
                case INSERTED -> out.append(colour ? GREEN + text + RESET : "{+" + text + "+}");
                case DELETED -> out.append(colour ? RED + text + RESET : "[-" + text + "-]");
            }
        }
        return out.toString();
    }

    private static String problem(Diagnostic d) {
        return d.severity().label() + " " + d.code().id() + " (line " + d.start().line() + "): " + d.message();
    }

    private static String loads(Review.Version v) {
        return v.card().loads() ? "yes" : "**no**";
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|");
    }

    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String paint(String code, String text, boolean colour) {
        return colour ? code + text + RESET : text;
    }
}
