package dev.agentpad.cli;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.io.Encoding;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.TextFiles;
import dev.agentpad.render.MarkdownRenderer;
import dev.agentpad.render.PreviewPage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** {@code agentpad render FILE [-o OUT.html] [--dialect D]}: the preview as a standalone, safe HTML page. */
final class RenderCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;
    private final Checker checker;

    RenderCommand(PrintStream out, PrintStream err, Checker checker) {
        this.out = out;
        this.err = err;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        String file = null;
        String output = null;
        Dialect dialect = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> output = next(args, ++i, args[i - 1]);
                case "--dialect" -> {
                    String id = next(args, ++i, "--dialect");
                    dialect = checker.registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'"));
                }
                default -> {
                    if (file != null || args[i].startsWith("-")) {
                        throw new UsageException("unexpected argument " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            throw new UsageException("needs a FILE");
        }
        Path path = Path.of(file);
        try {
            String text = TextFiles.read(path).text();
            // the prompt's Markdown does not depend on the check: on a long prompt the two run side by side
            CompletableFuture<String> prompt = CompletableFuture.supplyAsync(() -> MarkdownRenderer.toHtml(AgentDocument.parse(text).bodyText()));
            CheckResult result = checker.check(text, path, dialect);
            String html = PreviewPage.render(result, path.getFileName().toString(), true, prompt.join());
            if (output == null) {
                out.print(html);
            } else {
                TextFiles.write(Path.of(output), html, Encoding.UTF8);
            }
            return ExitCode.OK;
        } catch (FileProblem e) {
            err.println("agentpad render: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
