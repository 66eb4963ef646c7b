package dev.agentpad.cli;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.SafeFixes;
import dev.agentpad.check.Severity;
import dev.agentpad.check.WorkspaceChecks;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.io.AgentFiles;
import dev.agentpad.document.TextDiff;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import dev.agentpad.resources.Version;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code agentpad check [--dialect D] [--format text|json|sarif] [--strict] [--portability] [--fix [--dry-run]] PATH...}:
 * checks files,
 * and folders searched for agent files; the agents of a folder are also checked against each other (two with one name,
 * references to agents that are not there). Notes on what would break in another tool's files come only with
 * {@code --portability}, so code scanning shows the problems of the tool the file is for. Exit 0 without errors, 1 with
 * errors (or warnings under --strict; a file that cannot be read as text is an error of that file, file-unreadable, and
 * the others are still checked), 2 for usage errors and paths that do not exist.
 */
final class CheckCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Checker> checker;
    private final WorkspaceChecks workspace = WorkspaceChecks.standard();

    CheckCommand(PrintStream out, PrintStream err, Supplier<Checker> checker) {
        this.out = out;
        this.err = err;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        String format = "text";
        Dialect dialect = null;
        boolean strict = false;
        boolean portability = false;
        boolean fix = false;
        boolean dryRun = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = value(args, ++i, "--format");
                case "--dialect" -> {
                    String id = value(args, ++i, "--dialect");
                    dialect = checker.get().registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id
                            + "'; known: " + String.join(", ", checker.get().registry().all().stream().map(Dialect::id).toList())));
                }
                case "--strict" -> strict = true;
                case "--portability" -> portability = true;
                case "--fix" -> fix = true;
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("unknown option " + args[i]);
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new UsageException("--format must be text, json or sarif");
        }
        if (paths.isEmpty()) {
            throw new UsageException("needs at least one file or folder");
        }
        if (dryRun && !fix) {
            throw new UsageException("--dry-run goes with --fix");
        }
        boolean unreadable = false;
        List<CheckedFile> checked = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            boolean folder = Files.isDirectory(path);
            List<Path> files;
            try {
                files = folder ? AgentFiles.discover(path, checker.get().registry()) : List.of(path);
            } catch (IOException e) {
                err.println("agentpad check: cannot read folder " + name + ": " + e.getMessage());
                unreadable = true;
                continue;
            }
            Map<Path, CheckResult> results = new LinkedHashMap<>();
            for (Path file : files) {
                try {
                    LoadedText loaded = TextFiles.read(file);
                    results.put(file, fix ? fix(loaded, dialect, dryRun, format.equals("text") ? out : err)
                            : checker.get().check(loaded.text(), file, dialect));
                } catch (FileProblem e) {
                    if (Files.exists(file)) {
                        results.put(file, checker.get().unreadable(file, e.getMessage()));
                    } else {
                        err.println("agentpad check: " + e.getMessage());
                        unreadable = true;
                    }
                }
            }
            if (folder) { // the agents of one folder are checked against each other too
                results = workspace.withWorkspaceProblems(path, results);
            }
            for (Map.Entry<Path, CheckResult> each : results.entrySet()) {
                CheckResult result = each.getValue();
                if (!portability) {
                    result = result.filtered(d -> d.code() != Code.PORTABILITY);
                }
                checked.add(new CheckedFile(each.getKey().toString(), result));
            }
        }
        switch (format) {
            case "json" -> Reports.json(checked, out);
            case "sarif" -> Reports.sarif(checked, out, Version.current());
            default -> Reports.text(checked, out);
        }
        if (unreadable) {
            return ExitCode.USAGE;
        }
        boolean strictFail = strict;
        boolean failed = checked.stream().anyMatch(f -> f.result().hasErrors()
                || (strictFail && f.result().count(Severity.WARNING) > 0));
        return failed ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /** Applies the safe fixes and says what changed (a diff with --dry-run); the result is checked as usual. */
    private CheckResult fix(LoadedText loaded, Dialect dialect, boolean dryRun, PrintStream says) throws FileProblem {
        Path file = loaded.path();
        SafeFixes.Outcome outcome = SafeFixes.apply(checker.get(), loaded.text(), file, dialect);
        if (!outcome.changed()) {
            return outcome.result();
        }
        if (dryRun) {
            says.print(TextDiff.unified(loaded.text(), outcome.text(), "a/" + file, "b/" + file, 2));
        } else {
            TextFiles.write(file, outcome.text(), loaded.encoding());
            for (Diagnostic d : outcome.applied()) {
                says.println(file + ":" + d.start().line() + ":" + d.start().column() + ": fixed " + d.code().id() + ": " + d.fix().title());
            }
        }
        return outcome.result();
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
