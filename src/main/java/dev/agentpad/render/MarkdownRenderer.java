package dev.agentpad.render;

import dev.agentpad.document.InParallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The prompt as safe HTML: CommonMark with GitHub tables, strikethrough, autolinks and task lists. The prompt is
 * untrusted, so raw HTML is never passed through: it is shown as text, styled as prompt structure (prompts use
 * XML-like tags such as {@code <example>}, which the model reads as written), with its line breaks kept.
 * Dangerous URL schemes are dropped, and images become placeholders so nothing is ever fetched.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /**
     * Past this many table cells ({@link TableCells}: a few kilobytes can ask for millions), tables are shown as the
     * text they are written in. A prompt's real tables have hundreds.
     */
    static final long MAX_TABLE_CELLS = 100_000;
    private static final Parser PARSER_WITHOUT_TABLES = Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof TablesExtension)).toList()).build();
    private static final String TABLES_AS_TEXT = String.format("<p class=\"truncated\">The prompt's tables could have more than %,d "
            + "cells, more than the preview lays out: they are shown as the text they are written in.</p>%n", MAX_TABLE_CELLS);
    private static final HtmlRenderer RENDERER = configured(HtmlRenderer.builder()).build();
    /** The same, with a mark after each top-level block: one pass over a long prompt instead of one per block. */
    private static final HtmlRenderer BLOCK_RENDERER = configured(HtmlRenderer.builder().nodeRendererFactory(BlockMarks::new)).build();
    /** Never in the output otherwise: the parser replaces NUL characters of the input with U+FFFD. */
    private static final String BLOCK_MARK = "\u0000";

    private static HtmlRenderer.Builder configured(HtmlRenderer.Builder builder) {
        return builder
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                // Links may go to the web or mail only: commonmark's default also lets data: through, and a clicked link is
                // handed to the system browser, where data:text/html would run whatever the prompt carries.
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .nodeRendererFactory(ImagePlaceholder::new)
                .nodeRendererFactory(RawHtmlAsText::new)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link) {
                        attributes.put("rel", "noopener noreferrer");
                    }
                });
    }

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        return toHtml(markdown, Runtime.getRuntime().availableProcessors(), MarkdownPieces.MIN_PIECE_CHARS);
    }

    /**
     * The same, a long text parsed and rendered in {@link MarkdownPieces pieces} on up to {@code threads} threads (the
     * caller's one of them), and in one piece when the pieces would not join or one of them fails.
     */
    static String toHtml(String markdown, int threads, int minPieceChars) {
        List<String> pieces = MarkdownPieces.cut(markdown, threads, minPieceChars);
        if (pieces.size() > 1 && TableCells.atMost(markdown) <= MAX_TABLE_CELLS) {
            String joined = inPieces(pieces);
            if (joined != null) {
                return joined;
            }
        }
        Parsed whole = Parsed.of(markdown);
        return whole.note() + RENDERER.render(whole.document());
    }

    /** The pieces parsed and rendered, one thread each; null when they do not join or one fails. */
    private static String inPieces(List<String> pieces) {
        try {
            List<Rendered> rendered = InParallel.map(pieces, Rendered::of, "agentpad-markdown");
            return MarkdownPieces.joinable(rendered.stream().map(Rendered::document).toList())
                    ? rendered.stream().map(Rendered::html).collect(Collectors.joining()) : null;
        } catch (RuntimeException e) {
            return null; // parsed whole instead, which fails the same way if the text itself cannot be parsed
        }
    }

    /** The text parsed whole: with its tables, or without them and with a note saying so when they could have too many cells. */
    private record Parsed(Node document, String note) {
        static Parsed of(String markdown) {
            if (TableCells.atMost(markdown) <= MAX_TABLE_CELLS) {
                try {
                    return new Parsed(PARSER.parse(markdown), "");
                } catch (IllegalArgumentException tooManyCells) { // commonmark's own limit, should a table slip past the count
                    // shown as text below
                }
            }
            return new Parsed(PARSER_WITHOUT_TABLES.parse(markdown), TABLES_AS_TEXT);
        }
    }

    private record Rendered(Document document, String html) {
        static Rendered of(String markdown) {
            Document document = (Document) PARSER.parse(markdown);
            return new Rendered(document, RENDERER.render(document));
        }
    }

    /**
     * The same HTML as {@link #toHtml}, one fragment per top-level block that shows anything (each fragment is one
     * element; a link reference definition, which shows nothing, has none).
     */
    public static List<String> toHtmlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Parsed whole = Parsed.of(markdown);
        if (!whole.note().isEmpty()) {
            blocks.add(whole.note());
        }
        for (String html : BLOCK_RENDERER.render(whole.document()).split(BLOCK_MARK, -1)) {
            if (!html.isBlank()) {
                blocks.add(html);
            }
        }
        return blocks;
    }

    /** Renders the document's blocks as usual, with {@link #BLOCK_MARK} after each. */
    private static final class BlockMarks implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        BlockMarks(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Document.class);
        }

        @Override
        public void render(Node document) {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                context.render(block);
                context.getWriter().raw(BLOCK_MARK);
            }
        }
    }

    /** Raw HTML (in prompts: structure tags) shown as the text the model reads, kept apart from prose. */
    private static final class RawHtmlAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        RawHtmlAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            if (node instanceof HtmlBlock block) {
                html.line();
                html.tag("pre", Map.of("class", "raw"));
                html.text(block.getLiteral().stripTrailing());
                html.tag("/pre");
                html.line();
            } else { // written out, not through tag(): a prompt may have hundreds of thousands of these
                html.raw("<code class=\"raw\">");
                html.text(((HtmlInline) node).getLiteral());
                html.raw("</code>");
            }
        }
    }

    /** Renders every image as a labelled placeholder: the preview fetches nothing, remote or local. */
    private static final class ImagePlaceholder implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImagePlaceholder(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            HtmlWriter html = context.getWriter();
            Map<String, String> attributes = new LinkedHashMap<>(); // ordered: the same page for the same prompt, every run
            attributes.put("class", "image-placeholder");
            attributes.put("title", "not loaded: " + image.getDestination());
            html.tag("span", attributes);
            html.text("[image" + (alt.length() > 0 ? ": " + alt : "") + "]");
            html.tag("/span");
        }
    }
}
