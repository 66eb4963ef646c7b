package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The front matter cut into tokens for highlighting, by SnakeYAML's own scanner, so colours agree exactly with
 * how the YAML is read. Where the scanner stops at an error, the rest is cut line by line, the way a reader
 * would guess: {@code key:} at the start of a line, then the value.
 */
public final class YamlTokens {

    /** What a piece of front matter is, for colouring. */
    public enum Kind { KEY, STRING, NUMBER, BOOLEAN, NULL, COMMENT, BLOCK_INDICATOR, PUNCTUATION, ANCHOR, TAG }

    /** One token: its kind and its range in the document. */
    public record YamlToken(Kind kind, TextRange range) {
    }

    private static final Resolver RESOLVER = new Resolver();

    private YamlTokens() {
    }

    public static List<YamlToken> of(AgentDocument doc) {
        List<YamlToken> tokens = new ArrayList<>();
        String yaml = doc.yamlText();
        int base = doc.yamlRange().start();
        if (yaml.isEmpty() || yaml.length() > FrontMatterReader.MAX_FRONT_MATTER_CHARS) {
            return tokens;
        }
        CodePointOffsets offsets = new CodePointOffsets(yaml, base);
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        ScannerImpl scanner = new ScannerImpl(new StreamReader(yaml), options);
        boolean nextIsKey = false;
        int scannedTo = base;
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                TextRange range = new TextRange(offsets.toOffset(token.getStartMark().getIndex()),
                        offsets.toOffset(token.getEndMark().getIndex()));
                scannedTo = Math.max(scannedTo, range.end());
                switch (token.getTokenId()) {
                    case Key -> nextIsKey = true;
                    case Scalar -> {
                        ScalarToken scalar = (ScalarToken) token;
                        tokens.add(new YamlToken(nextIsKey ? Kind.KEY : scalarKind(scalar), range));
                        nextIsKey = false;
                    }
                    case Comment -> tokens.add(new YamlToken(Kind.COMMENT, range));
                    case Anchor, Alias -> tokens.add(new YamlToken(Kind.ANCHOR, range));
                    case Tag -> tokens.add(new YamlToken(Kind.TAG, range));
                    case Value, BlockEntry, FlowEntry, FlowSequenceStart, FlowSequenceEnd, FlowMappingStart, FlowMappingEnd ->
                            tokens.add(new YamlToken(Kind.PUNCTUATION, range));
                    default -> { }
                }
            }
        } catch (YAMLException e) {
            guessLineByLine(doc, lineStartAtOrAfter(doc, scannedTo), tokens);
        }
        blockIndicators(doc, tokens);
        return tokens;
    }

    private static Kind scalarKind(ScalarToken scalar) {
        if (!scalar.getPlain()) {
            return Kind.STRING;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, scalar.getValue(), true);
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return Kind.NUMBER;
        }
        if (Tag.BOOL.equals(tag)) {
            return Kind.BOOLEAN;
        }
        return Tag.NULL.equals(tag) ? Kind.NULL : Kind.STRING;
    }

    /** A literal or folded scalar's token starts at its indicator; give the indicator ({@code |-}, {@code >}) its own colour. */
    private static void blockIndicators(AgentDocument doc, List<YamlToken> tokens) {
        String text = doc.text();
        for (int i = 0; i < tokens.size(); i++) {
            YamlToken t = tokens.get(i);
            int s = t.range().start();
            if (t.kind() == Kind.STRING && s < text.length() && (text.charAt(s) == '|' || text.charAt(s) == '>')) {
                int e = s + 1;
                while (e < t.range().end() && "+-0123456789".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                tokens.set(i, new YamlToken(Kind.BLOCK_INDICATOR, new TextRange(s, e)));
                tokens.add(i + 1, new YamlToken(Kind.STRING, new TextRange(e, t.range().end())));
                i++;
            }
        }
    }

    private static int lineStartAtOrAfter(AgentDocument doc, int offset) {
        int line = doc.lines().lineOf(offset);
        return doc.lines().lineStart(line) == offset ? offset : doc.lines().nextLineStart(line);
    }

    /** After a scanner error: "key: value # comment" per line, indented lines as continuation text. */
    private static void guessLineByLine(AgentDocument doc, int from, List<YamlToken> tokens) {
        tokens.removeIf(t -> t.range().end() > from);
        String text = doc.text();
        int end = doc.yamlRange().end();
        int lineStart = from;
        while (lineStart < end) {
            int lineEnd = Math.min(end, LineIndex.lineEnd(text, lineStart));
            String line = text.substring(lineStart, lineEnd);
            int content = lineStart + (line.length() - line.stripLeading().length());
            if (line.stripLeading().startsWith("#")) {
                tokens.add(new YamlToken(Kind.COMMENT, new TextRange(content, lineEnd)));
            } else if (!line.isBlank()) {
                int colon = line.indexOf(": ");
                boolean key = colon > 0 && !line.startsWith(" ") && line.substring(0, colon).matches("[\\w.-]+");
                if (key || line.matches("[\\w.-]+:\\s*")) {
                    int keyEnd = lineStart + (key ? colon : line.indexOf(':'));
                    tokens.add(new YamlToken(Kind.KEY, new TextRange(lineStart, keyEnd)));
                    tokens.add(new YamlToken(Kind.PUNCTUATION, new TextRange(keyEnd, keyEnd + 1)));
                    if (keyEnd + 1 < lineEnd) {
                        tokens.add(new YamlToken(Kind.STRING, new TextRange(keyEnd + 1, lineEnd)));
                    }
                } else {
                    tokens.add(new YamlToken(Kind.STRING, new TextRange(content, lineEnd)));
                }
            }
            lineStart = LineIndex.afterBreak(text, lineEnd) == lineEnd ? end : LineIndex.afterBreak(text, lineEnd);
        }
    }
}
