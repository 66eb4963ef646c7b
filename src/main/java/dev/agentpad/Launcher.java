package dev.agentpad;

import dev.agentpad.cli.Cli;
import dev.agentpad.cli.ExitCode;
import dev.agentpad.ui.EditorLauncher;
import java.util.Optional;

/**
 * The jar's entry point. Headless commands run without touching JavaFX; anything else opens the editor.
 * (A main class that extends Application cannot start from a plain class-path jar, hence this class.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        Optional<String> problem = Cli.editorArgumentProblem(args);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(ExitCode.USAGE);
        }
        EditorLauncher.launch(args);
    }
}
