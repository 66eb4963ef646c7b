package dev.agentpad.cli;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.check.Suggestions;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.ValueFromText;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.YamlError;
import dev.agentpad.yaml.YamlMapping;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * {@code agentpad set FILE KEY=VALUE... [--unset KEY]... [--dialect D] [--force]}: applies the edits in order and
 * saves atomically. VALUE takes the type the key has in the file's dialect (a number, a list, a map of tools) and the
 * shape the file already uses. A key the dialect does not know, or a value the tool would refuse or ignore, is not
 * written (exit 1, with the checker's reason and "did you mean") unless {@code --force}. Prints nothing on success;
 * the file is written only if its text changed, and never when any edit fails.
 */
final class SetCommand implements Cli.Command {

    /** Problems that mean the tool would not take the value as written, short of an error. */
    private static final Set<Code> REFUSED_WARNINGS = Set.of(Code.COLOR_INVALID, Code.KEY_VALUE, Code.KEY_TYPE, Code.TOOL_UNKNOWN,
            Code.KEY_QUOTED_BOOLEAN, Code.KEY_YAML11_BOOLEAN, Code.KEY_PATTERN); // a pattern that is only advice is an info

    private final PrintStream err;
    private final Supplier<Checker> checker;

    SetCommand(PrintStream err, Supplier<Checker> checker) {
        this.err = err;
        this.checker = checker;
    }

    /** One requested change: a value to set, or a key to remove when {@code value} is null. */
    record Change(String key, String value) {
    }

    @Override
    public int run(String[] args) throws UsageException {
        String file = null;
        Dialect forced = null;
        boolean force = false;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--force")) {
                force = true;
            } else if (arg.equals("--dialect")) {
                String id = ++i < args.length ? args[i] : "";
                forced = checker.get().registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'"));
            } else if (arg.equals("--unset")) {
                if (++i >= args.length || args[i].isEmpty()) {
                    throw new UsageException("--unset needs a KEY");
                }
                changes.add(new Change(args[i], null));
            } else if (file == null) {
                file = arg;
            } else {
                int eq = arg.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("expected KEY=VALUE, got '" + arg + "'");
                }
                changes.add(new Change(arg.substring(0, eq), arg.substring(eq + 1)));
            }
        }
        if (file == null || changes.isEmpty()) {
            throw new UsageException("needs a FILE and at least one KEY=VALUE or --unset KEY");
        }
        Path path = Path.of(file);
        LoadedText loaded;
        try {
            loaded = TextFiles.read(path);
        } catch (FileProblem e) {
            err.println("agentpad set: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String text = loaded.text();
        Dialect dialect = null;
        for (Change change : changes) {
            AgentDocument doc = AgentDocument.parse(text);
            FrontMatter fm = FrontMatterReader.read(doc);
            if (!fm.isValid()) {
                YamlError error = fm.error().orElseThrow();
                err.println(file + ":" + error.position().line() + ":" + error.position().column() + ": error: "
                        + error.message());
                return ExitCode.PROBLEMS;
            }
            YamlMapping keys = fm.mapping().orElseThrow();
            dialect = forced != null ? forced : checker.get().registry().detect(path, keys).dialect();
            if (!force && change.value() != null && !dialect.isGeneric() && dialect.field(change.key()).isEmpty()) {
                err.println(file + ": error: '" + change.key() + "' is not a key " + dialect.toolName() + " knows"
                        + Suggestions.closest(change.key(), dialect.fields().stream().map(FieldSpec::key).toList())
                                .map(k -> "; did you mean '" + k + "'?").orElse("")
                        + " (nothing was written; --force writes it anyway)");
                return ExitCode.PROBLEMS;
            }
            EditResult result = change.value() == null
                    ? FrontMatterEditor.remove(doc, change.key())
                    : FrontMatterEditor.set(doc, change.key(), ValueFromText.convert(dialect.field(change.key()).orElse(null),
                            change.value(), keys.value(change.key()).orElse(null)));
            if (result instanceof EditResult.Refused refused) {
                err.println(file + ": error: " + refused.reason());
                return ExitCode.PROBLEMS;
            }
            text = result.applyTo(text);
        }
        if (text.equals(loaded.text())) {
            return ExitCode.OK;
        }
        if (!force && refused(file, text, path, dialect, changes)) {
            return ExitCode.PROBLEMS;
        }
        try {
            TextFiles.write(path, text, loaded.encoding());
        } catch (FileProblem e) {
            err.println("agentpad set: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    /** Reports the problems the checker finds with the keys being set; true when there are any. */
    private boolean refused(String file, String text, Path path, Dialect dialect, List<Change> changes) {
        CheckResult result = checker.get().check(text, path, dialect);
        Set<String> keys = changes.stream().map(Change::key).collect(Collectors.toSet());
        List<Diagnostic> problems = result.diagnostics().stream().filter(d -> keys.contains(d.key()))
                .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING && REFUSED_WARNINGS.contains(d.code()))
                .toList();
        for (Diagnostic d : problems) {
            err.println(file + ":" + d.start().line() + ":" + d.start().column() + ": " + d.severity().label() + ": " + d.message());
        }
        if (!problems.isEmpty()) {
            err.println(file + ": nothing was written; --force writes it anyway");
        }
        return !problems.isEmpty();
    }
}
