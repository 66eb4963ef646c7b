package dev.agentpad.cli;

import dev.agentpad.check.Checker;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** The headless entry point: {@code agentpad <command> ...}. Runs without starting JavaFX. */
public final class Cli {

    static final String USAGE = """
            usage: agentpad [FILE]                 open the editor (a sample agent when no FILE is given)
                   agentpad check [--dialect D] [--format text|json|sarif] [--strict] PATH...
                                                   check agent files; folders are searched for them
                   agentpad render FILE [-o OUT.html] [--dialect D]
                                                   the preview as a standalone, safe HTML page
                   agentpad set FILE KEY=VALUE... [--unset KEY]... [--dialect D]
                                                   edit front-matter keys in place, touching only their lines;
                                                   VALUE takes the key's type in the file's dialect
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
        return Set.of("check", "render", "set", "help", "--help", "-h");
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && commands().contains(args[0]);
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Checker checker = Checker.standard();
        Map<String, Command> commands = Map.of(
                "check", new CheckCommand(out, err, checker),
                "render", new RenderCommand(out, err, checker),
                "set", new SetCommand(err, checker.registry()));
        Command command = commands.get(args[0]);
        if (command == null) {
            out.println(USAGE);
            return args[0].equals("help") || args[0].startsWith("-h") || args[0].equals("--help") ? ExitCode.OK : ExitCode.USAGE;
        }
        try {
            return command.run(rest);
        } catch (UsageException e) {
            err.println("agentpad " + args[0] + ": " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
    }

    /** One headless command. */
    interface Command {
        int run(String[] args) throws UsageException;
    }
}
