package dev.agentpad.cli;

import dev.agentpad.check.Suggestions;
import dev.agentpad.dialect.DialectOverrides;
import dev.agentpad.resources.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The headless entry point: {@code agentpad <command> ...}. Runs without starting JavaFX. */
public final class Cli {

    static final String USAGE = """
            usage: agentpad [FILE]                 open the editor (a sample agent when no FILE is given)
                   agentpad check [--dialect D] [--format text|json|sarif] [--strict] [--portability]
                                  [--fix [--dry-run]] PATH...
                                                   check agent files; folders are searched for them;
                                                   --portability adds notes on what other tools would refuse;
                                                   --fix applies the fixes that keep every value as written
                                                   (--dry-run prints them as a diff instead)
                   agentpad render FILE [-o OUT.html] [--dialect D]
                                                   the preview as a standalone, safe HTML page
                   agentpad set FILE KEY=VALUE... [--unset KEY]... [--dialect D] [--force]
                                                   edit front-matter keys in place, touching only their lines;
                                                   VALUE takes the key's type in the file's dialect; a key or
                                                   value the tool would not take is refused unless --force
                   agentpad convert FILE --to DIALECT [-o OUT] [--dialect FROM]
                                                   the agent in another tool's keys, with the same tools or
                                                   fewer; prints what it left out (exit 1 when anything was)
                   agentpad diff OLD NEW | [--rev REV] FILE... | --rev REV --changed [DIR]
                         [--format text|json|markdown]
                                                   what a change does to agents, meaning first; exit 1
                                                   when anything changes what an agent does
                   agentpad dialects               the dialects, the tool versions they describe, and
                                                   the override files in use
                   agentpad --version              print the version
                   agentpad help                   show this text
            exit codes: 0 success, 1 problems in the file, 2 usage error or unreadable file""";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Command names that {@link #run} handles; any other first argument is a file for the editor. */
    public static Set<String> commands() {
        return Set.of("check", "render", "set", "convert", "diff", "dialects", "help", "--help", "-h", "--version", "version");
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && commands().contains(args[0]);
    }

    /**
     * Why the editor cannot start with these arguments, said the way a command line says it: a mistyped command
     * ("did you mean check?"), an option the editor does not take, or a file that does not exist. Empty when the
     * editor can start.
     */
    public static Optional<String> editorArgumentProblem(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return Optional.of("agentpad: unknown option " + first + "\n" + USAGE);
        }
        if (Files.exists(Path.of(first))) {
            return Optional.empty();
        }
        Optional<String> command = Suggestions.closest(first, List.of("check", "render", "set", "convert", "diff", "dialects", "help", "version"));
        return Optional.of(command.map(c -> "agentpad: unknown command '" + first + "'; did you mean '" + c + "'?")
                .orElse("agentpad: " + first + " does not exist") + "\n" + USAGE);
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        if (args[0].equals("--version") || args[0].equals("version")) {
            out.println("agentpad " + Version.current());
            return ExitCode.OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (!Set.of("check", "render", "set", "convert", "diff", "dialects").contains(args[0])) {
            out.println(USAGE);
            return args[0].equals("help") || args[0].startsWith("-h") || args[0].equals("--help") ? ExitCode.OK : ExitCode.USAGE;
        }
        BackgroundChecker checker = new BackgroundChecker(overrideFolders(rest));
        Command command = switch (args[0]) {
            case "check" -> new CheckCommand(out, err, checker);
            case "render" -> new RenderCommand(out, err, checker);
            case "set" -> new SetCommand(err, checker);
            case "convert" -> new ConvertCommand(out, err, checker);
            case "diff" -> new DiffCommand(out, err, checker);
            default -> new DialectsCommand(out, checker);
        };
        try {
            return command.run(rest);
        } catch (UsageException e) {
            err.println("agentpad " + args[0] + ": " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        } catch (DialectOverrides.Problem e) { // a command asks for the checker before it checks or writes anything
            err.println("agentpad: the dialect override " + e.getMessage());
            err.println("agentpad: fix or remove that file; nothing was checked or written");
            return ExitCode.USAGE;
        }
    }

    /** Overrides apply for the first path argument (or the working folder). */
    static List<Path> overrideFolders(String[] rest) {
        Path start = Arrays.stream(rest).filter(a -> !a.startsWith("-") && !a.contains("=")).map(Path::of).filter(Files::exists)
                .findFirst().orElse(null);
        return DialectOverrides.foldersFor(start);
    }

    /** One headless command. */
    interface Command {
        int run(String[] args) throws UsageException;
    }
}
