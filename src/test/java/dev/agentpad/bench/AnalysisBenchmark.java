package dev.agentpad.bench;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.analysis.Analyzer;
import dev.agentpad.analysis.Snapshot;
import dev.agentpad.check.CheckResult;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import dev.agentpad.form.FormModel;
import dev.agentpad.check.Checker;
import dev.agentpad.render.Highlighter;
import dev.agentpad.render.MarkdownRenderer;
import dev.agentpad.render.StyleRun;
import dev.agentpad.yaml.EditResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each keystroke's analysis costs, by prompt size (200, 2,000 and 20,000 lines): lexing the whole text for
 * highlighting (the editor re-lexes only the lines an edit touches, so this is the cost of opening a file), the
 * checker, the Markdown preview, and the whole analysis the window runs after the typing pause. Each should grow
 * linearly with the text: ten times the lines, about ten times the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    @Param({"200", "2000", "20000"})
    public int lines;

    private String text;
    private AgentDocument document;
    private String body;
    private final Path path = Path.of("p/.claude/agents/reviewer.md");
    private final Checker checker = Checker.standard();
    private final Analyzer analyzer = new Analyzer(checker);
    private final Dialect claude = DialectRegistry.standard().byId("claude").orElseThrow();
    private final Dialect opencode = DialectRegistry.standard().byId("opencode").orElseThrow();
    private final Equivalents equivalents = Equivalents.standard();
    private FormField description;

    @Setup
    public void setUp() {
        text = Prompts.agent(lines, 1);
        document = AgentDocument.parse(text);
        description = FormModel.of(checker.check(text, path, null)).field("description").orElseThrow();
        body = document.bodyText();
    }

    @Benchmark
    public List<StyleRun> highlightWholeText() {
        return Highlighter.highlight(document, List.of());
    }

    @Benchmark
    public CheckResult check() {
        return checker.check(text, path, null);
    }

    @Benchmark
    public List<String> renderPromptBlocks() {
        return MarkdownRenderer.toHtmlBlocks(body);
    }

    /** What the FX thread does for one keystroke in a form field: read the text's parts, edit the key, verify it. */
    @Benchmark
    public EditResult formEditOfTheDescription() {
        return FormEdits.typing(AgentDocument.parse(text), description, "Reviews code for bugs, typed in the form");
    }

    /** What choosing another dialect in the status bar plans before asking (opencode's form of the same agent). */
    @Benchmark
    public DialectConversion planConversionToOpencode() {
        return DialectConversion.plan(text, path, claude, opencode, equivalents);
    }

    @Benchmark
    public Analysis wholeAnalysis() {
        return analyzer.analyze(new Snapshot(1, text, path, null));
    }
}
