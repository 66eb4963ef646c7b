package dev.agentpad.render;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.YamlTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Syntax highlighting as plain data: the whole text cut into {@link StyleRun}s of CSS classes, computed from one
 * snapshot off the FX thread. Front matter is coloured from SnakeYAML's tokens, the body from commonmark's source
 * spans, prompt constructs (tags, placeholders, tool references) by pattern, and problems as underlines.
 */
public final class Highlighter {

    /** The style classes, in a fixed order (each is one bit of a character's style). */
    public static final List<String> CLASSES = List.of("fence", "yaml-key", "yaml-string", "yaml-number", "yaml-boolean",
            "yaml-null", "yaml-comment", "yaml-block", "yaml-punct", "yaml-anchor", "yaml-tag", "md-heading", "md-emphasis",
            "md-strong", "md-code", "md-codeblock", "md-list", "md-link", "md-quote", "md-rule", "md-strike", "prompt-tag",
            "prompt-placeholder", "prompt-ref", "problem-error", "problem-warning", "problem-info");

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w.-]*(?:\\s[^<>\\n]*)?/?>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\n]+}}|\\$ARGUMENTS\\b|\\$[0-9]\\b|\\$\\{[^}\\n]+}");
    private static final Pattern REFERENCE = Pattern.compile("#tool:[\\w./-]+|(?<![\\w@`])@[A-Za-z][\\w.-]*[\\w]");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*([-*+]|[0-9]{1,9}[.)])(?=[ \\t]|$)");

    private final String text;
    private final int[] bits;

    private Highlighter(String text) {
        this.text = text;
        this.bits = new int[text.length()];
    }

    public static List<StyleRun> highlight(AgentDocument doc, List<Diagnostic> diagnostics) {
        Highlighter h = new Highlighter(doc.text());
        h.frontMatter(doc);
        List<TextRange> code = h.markdown(doc);
        h.promptConstructs(doc, code);
        for (Diagnostic d : diagnostics) {
            int start = d.range().start();
            int end = Math.max(d.range().end(), Math.min(start + 1, doc.text().length()));
            h.mark(new TextRange(Math.min(start, end), end), "problem-" + d.severity().label());
        }
        return h.runs();
    }

    private void frontMatter(AgentDocument doc) {
        mark(trimEol(doc.openingFence()), "fence");
        mark(trimEol(doc.closingFence()), "fence");
        for (YamlTokens.YamlToken t : YamlTokens.of(doc)) {
            String cls = switch (t.kind()) {
                case KEY -> "yaml-key";
                case STRING -> "yaml-string";
                case NUMBER -> "yaml-number";
                case BOOLEAN -> "yaml-boolean";
                case NULL -> "yaml-null";
                case COMMENT -> "yaml-comment";
                case BLOCK_INDICATOR -> "yaml-block";
                case PUNCTUATION -> "yaml-punct";
                case ANCHOR -> "yaml-anchor";
                case TAG -> "yaml-tag";
            };
            mark(t.range(), cls);
        }
    }

    /** Colours Markdown structure and returns the code ranges, where prompt constructs are not looked for. */
    private List<TextRange> markdown(AgentDocument doc) {
        int base = doc.bodyRange().start();
        List<TextRange> code = new ArrayList<>();
        Node root = MARKDOWN.parse(doc.bodyText());
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                spans(heading, "md-heading");
                visitChildren(heading);
            }

            @Override
            public void visit(Emphasis emphasis) {
                spans(emphasis, "md-emphasis");
                visitChildren(emphasis);
            }

            @Override
            public void visit(StrongEmphasis strong) {
                spans(strong, "md-strong");
                visitChildren(strong);
            }

            @Override
            public void visit(Code inline) {
                code.addAll(spans(inline, "md-code"));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                code.addAll(spans(block, "md-codeblock"));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                code.addAll(spans(block, "md-codeblock"));
            }

            @Override
            public void visit(Link link) {
                spans(link, "md-link");
                visitChildren(link);
            }

            @Override
            public void visit(BlockQuote quote) {
                spans(quote, "md-quote");
                visitChildren(quote);
            }

            @Override
            public void visit(ThematicBreak rule) {
                spans(rule, "md-rule");
            }

            @Override
            public void visit(ListItem item) {
                List<SourceSpan> spans = item.getSourceSpans();
                if (!spans.isEmpty()) {
                    SourceSpan first = spans.get(0);
                    int start = base + first.getInputIndex();
                    Matcher m = LIST_MARKER.matcher(text.substring(start, start + first.getLength()));
                    if (m.find()) {
                        mark(new TextRange(start + m.start(1), start + m.end(1)), "md-list");
                    }
                }
                visitChildren(item);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Strikethrough) {
                    spans(node, "md-strike");
                }
                visitChildren(node);
            }

            private List<TextRange> spans(Node node, String cls) {
                List<TextRange> ranges = new ArrayList<>();
                for (SourceSpan span : node.getSourceSpans()) {
                    TextRange r = new TextRange(base + span.getInputIndex(), base + span.getInputIndex() + span.getLength());
                    mark(r, cls);
                    ranges.add(r);
                }
                return ranges;
            }
        });
        return code;
    }

    private void promptConstructs(AgentDocument doc, List<TextRange> code) {
        int from = doc.hasFrontMatter() ? doc.yamlRange().start() : doc.bodyRange().start();
        String region = text.substring(from);
        for (var entry : List.of(java.util.Map.entry(TAG, "prompt-tag"), java.util.Map.entry(PLACEHOLDER, "prompt-placeholder"),
                java.util.Map.entry(REFERENCE, "prompt-ref"))) {
            Matcher m = entry.getKey().matcher(region);
            while (m.find()) {
                TextRange r = new TextRange(from + m.start(), from + m.end());
                if (!inside(code, r) && !has(r.start(), "yaml-key") && !has(r.start(), "yaml-comment")) {
                    mark(r, entry.getValue());
                }
            }
        }
    }

    private static boolean inside(List<TextRange> ranges, TextRange r) {
        for (TextRange c : ranges) {
            if (r.start() >= c.start() && r.start() < c.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean has(int offset, String cls) {
        return offset < bits.length && (bits[offset] & (1 << CLASSES.indexOf(cls))) != 0;
    }

    private TextRange trimEol(TextRange r) {
        int end = r.end();
        while (end > r.start() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return new TextRange(r.start(), end);
    }

    private void mark(TextRange range, String cls) {
        int bit = 1 << CLASSES.indexOf(cls);
        int end = Math.min(range.end(), bits.length);
        for (int i = Math.max(0, range.start()); i < end; i++) {
            bits[i] |= bit;
        }
    }

    private List<StyleRun> runs() {
        List<StyleRun> runs = new ArrayList<>();
        int i = 0;
        while (i < bits.length) {
            int j = i;
            while (j < bits.length && bits[j] == bits[i]) {
                j++;
            }
            runs.add(new StyleRun(j - i, classesOf(bits[i])));
            i = j;
        }
        return runs;
    }

    private static List<String> classesOf(int set) {
        if (set == 0) {
            return List.of();
        }
        String[] out = new String[Integer.bitCount(set)];
        int k = 0;
        for (int b = 0; b < CLASSES.size(); b++) {
            if ((set & (1 << b)) != 0) {
                out[k++] = CLASSES.get(b);
            }
        }
        return Arrays.asList(out);
    }
}
