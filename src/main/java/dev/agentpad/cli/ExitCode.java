package dev.agentpad.cli;

/** Exit codes of the headless commands; scripts and CI depend on them, so they never change meaning. */
public final class ExitCode {

    /** Success; for {@code check}: no errors. */
    public static final int OK = 0;
    /** The file has problems: invalid front matter for {@code set}, errors (or warnings with --strict) for {@code check}. */
    public static final int PROBLEMS = 1;
    /** Wrong arguments, or a path that cannot be read or written. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
