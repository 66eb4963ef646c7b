package dev.agentpad.cli;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
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

/**
 * {@code agentpad set FILE KEY=VALUE... [--unset KEY]... [--dialect D]}: applies the edits in order and saves
 * atomically. VALUE takes the type the key has in the file's dialect (a number, a list, a map of tools) and the
 * shape the file already uses. Prints nothing on success; the file is written only if its text changed, and never
 * when any edit fails.
 */
final class SetCommand implements Cli.Command {

    private final PrintStream err;
    private final DialectRegistry registry;

    SetCommand(PrintStream err, DialectRegistry registry) {
        this.err = err;
        this.registry = registry;
    }

    /** One requested change: a value to set, or a key to remove when {@code value} is null. */
    record Change(String key, String value) {
    }

    @Override
    public int run(String[] args) throws UsageException {
        String file = null;
        Dialect forced = null;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--dialect")) {
                String id = ++i < args.length ? args[i] : "";
                forced = registry.byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'"));
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
            Dialect dialect = forced != null ? forced : registry.detect(path, keys).dialect();
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
        try {
            TextFiles.write(path, text, loaded.encoding());
        } catch (FileProblem e) {
            err.println("agentpad set: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }
}
