package dev.agentpad.cli;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.AgentLocation;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code agentpad convert FILE --to DIALECT [-o OUT] [--dialect FROM]}: the agent in another tool's keys, with the same
 * tools or fewer. The converted file goes to OUT, or to standard output; what could not be carried over is printed on
 * standard error. Exit 0 when nothing was left out, 1 when something was (or the conversion would have widened what
 * the agent may do and was refused), 2 for usage errors.
 */
final class ConvertCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Checker> checker;

    ConvertCommand(PrintStream out, PrintStream err, Supplier<Checker> checker) {
        this.out = out;
        this.err = err;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        String file = null;
        String output = null;
        Dialect from = null;
        Dialect to = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> output = next(args, ++i, "-o");
                case "--to" -> to = dialect(next(args, ++i, "--to"));
                case "--dialect" -> from = dialect(next(args, ++i, "--dialect"));
                default -> {
                    if (file != null || args[i].startsWith("-")) {
                        throw new UsageException("unexpected argument " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null || to == null) {
            throw new UsageException("needs a FILE and --to DIALECT");
        }
        String name = file;
        Dialect target = to;
        Path path = Path.of(file);
        LoadedText loaded;
        try {
            loaded = TextFiles.read(path);
        } catch (FileProblem e) {
            err.println("agentpad convert: " + e.getMessage());
            return ExitCode.USAGE;
        }
        CheckResult before = checker.get().check(loaded.text(), path, from);
        Dialect source = before.detection().dialect();
        DialectConversion plan = DialectConversion.plan(loaded.text(), path, source, to, Equivalents.standard());
        String converted = plan.edit().map(e -> e.applyTo(loaded.text())).orElse(loaded.text());
        plan.notCarried().forEach(n -> err.println(name + ": left out: " + n));
        if (!plan.keepsOrNarrows()) {
            return ExitCode.PROBLEMS;
        }
        if (output == null) {
            out.print(converted);
        } else {
            try {
                TextFiles.write(Path.of(output), converted, loaded.encoding());
            } catch (FileProblem e) {
                err.println("agentpad convert: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        if (output == null || !Path.of(output).toAbsolutePath().normalize().startsWith(path.toAbsolutePath().getParent().normalize())) {
            AgentLocation.forConversion(path, source, to, before.agentName().orElse(stem(path)))
                    .ifPresent(there -> err.println(name + ": " + target.toolName() + " looks for this agent at " + there));
        }
        return plan.notCarried().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    }

    private Dialect dialect(String id) throws UsageException {
        return checker.get().registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'; known: "
                + String.join(", ", checker.get().registry().all().stream().map(Dialect::id).toList())));
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
