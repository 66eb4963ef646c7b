package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.FrontMatterState;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads front matter with SnakeYAML's composer (nodes with marks), never its constructor: no Java object or
 * custom tag is ever instantiated, and scalars keep their raw text instead of YAML 1.1's guesses. Aliases,
 * nesting and size are bounded, so a hostile file yields an error quickly instead of exhausting memory.
 */
public final class FrontMatterReader {

    /** Front matter larger than this is refused; real agents stay under a few kilobytes. */
    public static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 50_000;

    private FrontMatterReader() {
    }

    public static FrontMatter read(AgentDocument document) {
        if (document.state() == FrontMatterState.NONE) {
            return FrontMatter.of(document, emptyMapping(document.contentStart()));
        }
        if (document.state() == FrontMatterState.UNTERMINATED) {
            return FrontMatter.failed(document, error(YamlError.Kind.UNCLOSED, document, document.openingFence(),
                    "front matter is not closed: no '---' line after the opening '---' on line 1"));
        }
        String yaml = document.yamlText();
        int base = document.yamlRange().start();
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            return FrontMatter.failed(document, error(YamlError.Kind.LIMIT, document, document.openingFence(),
                    "front matter is too large (" + yaml.length() + " characters; the limit is "
                            + MAX_FRONT_MATTER_CHARS + ")"));
        }
        CodePointOffsets offsets = new CodePointOffsets(yaml, base);
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int at = mark != null ? offsets.toOffset(mark.getIndex()) : base;
            String message = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return FrontMatter.failed(document, error(kindOf(e), document, pointAt(document, at), cleanMessage(message)));
        } catch (YAMLException e) {
            return FrontMatter.failed(document, error(YamlError.Kind.LIMIT, document, document.yamlRange(), cleanMessage(e.getMessage())));
        }
        if (root == null) {
            return FrontMatter.of(document, emptyMapping(base));
        }
        Converter converter = new Converter(document.text(), offsets);
        YamlNode tree;
        try {
            tree = converter.convert(root, base);
        } catch (TooManyNodes e) {
            return FrontMatter.failed(document, error(YamlError.Kind.LIMIT, document, document.yamlRange(),
                    "front matter expands to more than " + MAX_NODES + " values (too many aliases or items)"));
        }
        if (tree instanceof YamlMapping mapping) {
            return FrontMatter.of(document, mapping);
        }
        return FrontMatter.failed(document, error(YamlError.Kind.NOT_A_MAP, document, tree.range(),
                "front matter must be a map of keys to values, but it is a " + tree.kindName()));
    }

    private static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // kept so the checker can point at each duplicate
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS * 2);
        options.setTagInspector(tag -> false);
        Composer composer = new Composer(new ParserImpl(new StreamReader(yaml), options), new Resolver(), options);
        return composer.getSingleNode();
    }

    private static YamlMapping emptyMapping(int at) {
        return new YamlMapping(List.of(), false, TextRange.empty(at));
    }

    private static TextRange pointAt(AgentDocument document, int offset) {
        int end = Math.min(document.text().length(), offset + 1);
        return new TextRange(Math.min(offset, end), end);
    }

    private static YamlError error(YamlError.Kind kind, AgentDocument document, TextRange range, String message) {
        return new YamlError(kind, message, range, document.positionOf(range.start()));
    }

    /** SnakeYAML reports its safety bounds with marked exceptions too; their problems name the bound. */
    private static YamlError.Kind kindOf(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem()) + e.getMessage();
        return problem.contains("Number of aliases") || problem.contains("Nesting Depth") || problem.contains("exceeds the limit")
                ? YamlError.Kind.LIMIT : YamlError.Kind.SYNTAX;
    }

    private static String cleanMessage(String message) {
        return message == null ? "invalid YAML" : message.strip().replaceAll("\\s+", " ");
    }

    private static final class TooManyNodes extends RuntimeException {
        TooManyNodes() {
            super(null, null, false, false);
        }
    }

    /** Turns SnakeYAML nodes into positioned, immutable {@link YamlNode}s; a node met twice is an alias use. */
    private static final class Converter {
        private final String text;
        private final CodePointOffsets offsets;
        private final Map<Node, YamlNode> seen = new IdentityHashMap<>();
        private int count;

        Converter(String text, CodePointOffsets offsets) {
            this.text = text;
            this.offsets = offsets;
        }

        /** {@code searchFrom}: where an alias reference to this node could start (after the previous token). */
        YamlNode convert(Node node, int searchFrom) {
            if (++count > MAX_NODES) {
                throw new TooManyNodes();
            }
            YamlNode known = seen.get(node);
            if (known != null) {
                return new YamlAlias(known, aliasRange(searchFrom));
            }
            YamlNode result;
            if (node instanceof ScalarNode scalar) {
                result = scalar(scalar);
            } else if (node instanceof SequenceNode sequence) {
                result = sequence(sequence);
            } else {
                result = mapping((MappingNode) node);
            }
            seen.put(node, result);
            return result;
        }

        private YamlScalar scalar(ScalarNode node) {
            ScalarStyle style = style(node.getScalarStyle());
            int start = offsets.toOffset(node.getStartMark().getIndex());
            int end = offsets.toOffset(node.getEndMark().getIndex());
            if (style.isBlock()) {
                end = trimTrailingBlankLines(start, end);
            }
            return new YamlScalar(node.getValue(), style, kind(node.getTag()), new TextRange(start, end));
        }

        private YamlSequence sequence(SequenceNode node) {
            int start = offsets.toOffset(node.getStartMark().getIndex());
            List<YamlNode> items = new ArrayList<>();
            int cursor = start;
            for (Node item : node.getValue()) {
                YamlNode converted = convert(item, cursor);
                items.add(converted);
                cursor = converted.range().end();
            }
            boolean flow = node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            return new YamlSequence(items, flow, new TextRange(start, collectionEnd(node, flow, cursor)));
        }

        private YamlMapping mapping(MappingNode node) {
            int start = offsets.toOffset(node.getStartMark().getIndex());
            List<YamlEntry> entries = new ArrayList<>();
            int cursor = start;
            for (NodeTuple tuple : node.getValue()) {
                YamlNode key = convert(tuple.getKeyNode(), cursor);
                YamlNode value = convert(tuple.getValueNode(), key.range().end());
                int last = Math.max(key.range().end(), value.range().end());
                entries.add(new YamlEntry(key, value, wholeLines(key.range().start(), last)));
                cursor = last;
            }
            boolean flow = node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            return new YamlMapping(entries, flow, new TextRange(start, collectionEnd(node, flow, cursor)));
        }

        /** A block collection ends with its last child (SnakeYAML's mark runs on over comments and blank lines). */
        private int collectionEnd(Node node, boolean flow, int lastChildEnd) {
            return flow ? offsets.toOffset(node.getEndMark().getIndex()) : lastChildEnd;
        }

        private TextRange wholeLines(int from, int to) {
            return new TextRange(LineIndex.lineStartAt(text, from), LineIndex.afterBreak(text, LineIndex.lineEnd(text, to)));
        }

        /**
         * A block scalar's mark runs on over the empty lines after it. Trims those (lines of at most the block's
         * indentation in spaces) but keeps lines YAML counts as content, such as a tab or extra spaces.
         */
        private int trimTrailingBlankLines(int start, int end) {
            int firstBreak = start;
            while (firstBreak < end && text.charAt(firstBreak) != '\n' && text.charAt(firstBreak) != '\r') {
                firstBreak++;
            }
            int indent = contentIndent(firstBreak, end);
            int e = end;
            while (e > firstBreak) {
                int lineEnd = e;
                while (lineEnd > firstBreak && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
                    lineEnd--;
                }
                int lineStart = lineEnd;
                while (lineStart > firstBreak && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                    lineStart--;
                }
                String line = text.substring(lineStart, lineEnd);
                if (lineStart > firstBreak && line.chars().allMatch(c -> c == ' ') && line.length() <= indent) {
                    e = lineStart;
                } else {
                    return lineEnd;
                }
            }
            return firstBreak;
        }

        private int contentIndent(int from, int end) {
            int i = from;
            while (i < end) {
                while (i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                    i++;
                }
                int lineStart = i;
                while (i < end && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    return i - lineStart;
                }
            }
            return Integer.MAX_VALUE;
        }

        private TextRange aliasRange(int searchFrom) {
            int star = text.indexOf('*', searchFrom);
            if (star < 0) {
                return TextRange.empty(searchFrom);
            }
            int end = star + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return new TextRange(star, end);
        }

        private static ScalarStyle style(DumperOptions.ScalarStyle style) {
            return switch (style) {
                case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
                case LITERAL -> ScalarStyle.LITERAL;
                case FOLDED -> ScalarStyle.FOLDED;
                default -> ScalarStyle.PLAIN;
            };
        }

        private static ScalarKind kind(Tag tag) {
            if (Tag.STR.equals(tag)) {
                return ScalarKind.STRING;
            } else if (Tag.BOOL.equals(tag)) {
                return ScalarKind.BOOLEAN;
            } else if (Tag.INT.equals(tag)) {
                return ScalarKind.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                return ScalarKind.FLOAT;
            } else if (Tag.NULL.equals(tag)) {
                return ScalarKind.NULL;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                return ScalarKind.TIMESTAMP;
            }
            return ScalarKind.OTHER;
        }
    }
}
