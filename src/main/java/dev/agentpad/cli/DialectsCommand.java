package dev.agentpad.cli;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code agentpad dialects}: each dialect with the tool version its facts describe and where they come from, then the
 * override files merged over them. So a user can tell how current AgentPad's knowledge of a tool is.
 */
final class DialectsCommand implements Cli.Command {

    private final PrintStream out;
    private final Supplier<Checker> checker;

    DialectsCommand(PrintStream out, Supplier<Checker> checker) {
        this.out = out;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        if (args.length > 0) {
            throw new UsageException("takes no arguments");
        }
        DialectRegistry registry = checker.get().registry();
        for (Dialect d : registry.all()) {
            out.printf("%-15s %-28s %s%n", d.id(), d.displayName(), d.provenance().version() != null ? d.provenance().version() : d.provenance().checked());
            d.provenance().sources().forEach(s -> out.println("                source: " + s));
        }
        if (registry.overrideFiles().isEmpty()) {
            out.println("no overrides (add YAML files to .agentpad/dialects/ in the project, or to your config folder's agentpad/dialects/)");
        } else {
            out.println("overrides merged, in order:");
            for (Path p : registry.overrideFiles()) {
                out.println("  " + p);
            }
        }
        return ExitCode.OK;
    }
}
