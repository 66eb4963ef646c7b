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
import java.util.function.Supplier;

/** {@code agentpad render FILE [-o OUT.html] [--dialect D]}: the preview as a standalone, safe HTML page. */
final class RenderCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Checker> checker;

    RenderCommand(PrintStream out, PrintStream err, Supplier<Checker> checker) {
        this.out = out;
        this.err = err;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        String file = null;
        String output = null;
        String dialectId = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> output = next(args, ++i, args[i - 1]);
                case "--dialect" -> dialectId = next(args, ++i, "--dialect");
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
            // the prompt's Markdown needs neither the check nor the dialects: on a long prompt it runs beside both
            CompletableFuture<String> prompt = CompletableFuture.supplyAsync(() -> MarkdownRenderer.toHtml(AgentDocument.parse(text).bodyText()));
            Dialect dialect = null;
            if (dialectId != null) {
                String id = dialectId;
                dialect = checker.get().registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'"));
            }
            CheckResult result = checker.get().check(text, path, dialect);
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
