package dev.agentpad.cli;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.io.AgentFiles;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.GitRepository;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.TextFiles;
import dev.agentpad.review.Review;
import dev.agentpad.review.ReviewReport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code agentpad diff}: what a change does to agents, meaning first.
 * <ul>
 * <li>{@code diff OLD NEW}: two files.</li>
 * <li>{@code diff [--rev REV] FILE...}: each file at a git revision (HEAD by default) against the working tree.</li>
 * <li>{@code diff --rev REV --changed [DIR]}: every agent file changed since REV (added, deleted and renamed too).</li>
 * <li>{@code diff --git-external PATH OLD OLDHEX OLDMODE NEW NEWHEX NEWMODE}: as git's external diff driver.</li>
 * </ul>
 * {@code --format text|json|markdown}; text is coloured when printed to a terminal ({@code --color always|never|auto}).
 * Exit 0 when nothing changes what an agent does, 1 when something does, 2 for usage errors.
 */
final class DiffCommand implements Cli.Command {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Checker> checker;

    DiffCommand(PrintStream out, PrintStream err, Supplier<Checker> checker) {
        this.out = out;
        this.err = err;
        this.checker = checker;
    }

    @Override
    public int run(String[] args) throws UsageException {
        String format = "text";
        String colour = "auto";
        String rev = null;
        boolean changed = false;
        boolean gitExternal = false;
        Dialect dialect = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = next(args, ++i, "--format");
                case "--color", "--colour" -> colour = next(args, ++i, "--color");
                case "--rev" -> rev = next(args, ++i, "--rev");
                case "--changed" -> changed = true;
                case "--git-external" -> gitExternal = true;
                case "--dialect" -> {
                    String id = next(args, ++i, "--dialect");
                    dialect = checker.get().registry().byId(id).orElseThrow(() -> new UsageException("unknown dialect '" + id + "'"));
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException("unknown option " + args[i]);
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (!List.of("text", "json", "markdown").contains(format)) {
            throw new UsageException("--format must be text, json or markdown");
        }
        List<ReviewReport.FileReview> reviews;
        try {
            if (gitExternal) {
                // git runs an external diff with: path old-file old-hex old-mode new-file new-hex new-mode
                if (paths.size() < 5) {
                    throw new UsageException("--git-external is for git's diff.<driver>.command, which passes 7 arguments");
                }
                Path where = Path.of(paths.get(0));
                out.print(ReviewReport.text(List.of(new ReviewReport.FileReview(paths.get(0), "modified", review("a/" + paths.get(0),
                        readOrEmpty(paths.get(1)), "b/" + paths.get(0), readOrEmpty(paths.get(4)), where, dialect))), System.console() != null));
                return ExitCode.OK; // git stops at a diff command that exits with anything else
            }
            if (changed) {
                reviews = changedSince(rev == null ? "HEAD" : rev, paths.isEmpty() ? Path.of("") : Path.of(paths.get(0)), dialect);
            } else if (rev == null && paths.size() == 2 && !Files.isDirectory(Path.of(paths.get(0)))) {
                reviews = List.of(new ReviewReport.FileReview(paths.get(1), "modified",
                        review(paths.get(0), read(Path.of(paths.get(0))), paths.get(1), read(Path.of(paths.get(1))), Path.of(paths.get(1)), dialect)));
            } else if (!paths.isEmpty()) {
                reviews = new ArrayList<>();
                for (String p : paths) {
                    reviews.add(atRevision(rev == null ? "HEAD" : rev, Path.of(p), dialect));
                }
            } else {
                throw new UsageException("needs OLD NEW, FILE... (with --rev REV, HEAD by default), or --changed [DIR]");
            }
        } catch (FileProblem e) {
            err.println("agentpad diff: " + e.getMessage());
            return ExitCode.USAGE;
        }
        boolean coloured = colour.equals("always") || colour.equals("auto") && System.console() != null;
        switch (format) {
            case "json" -> out.print(ReviewReport.json(reviews));
            case "markdown" -> out.print(ReviewReport.markdown(reviews));
            default -> out.print(ReviewReport.text(reviews, coloured));
        }
        return reviews.stream().anyMatch(r -> r.review().changesMeaning()) ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private ReviewReport.FileReview atRevision(String rev, Path file, Dialect dialect) throws FileProblem {
        try (GitRepository git = GitRepository.containing(file)
                .orElseThrow(() -> new FileProblem(file, file + " is not in a git repository; compare two files instead: agentpad diff OLD NEW"))) {
            Optional<LoadedText> old = git.read(rev, file);
            boolean exists = Files.exists(file);
            String status = old.isEmpty() ? "added" : exists ? "modified" : "deleted";
            return new ReviewReport.FileReview(file.toString(), status, review(rev, old.map(LoadedText::text).orElse(""),
                    "working tree", exists ? read(file) : "", file, dialect));
        }
    }

    private List<ReviewReport.FileReview> changedSince(String rev, Path under, Dialect dialect) throws FileProblem {
        Path start = under.toAbsolutePath().normalize();
        try (GitRepository git = GitRepository.containing(start)
                .orElseThrow(() -> new FileProblem(start, start + " is not in a git repository"))) {
            List<ReviewReport.FileReview> reviews = new ArrayList<>();
            for (GitRepository.ChangedFile c : git.changedSince(rev, Files.isDirectory(start) && !start.equals(git.root()) ? start : null)) {
                Path oldFile = c.oldPath() == null ? null : git.root().resolve(c.oldPath());
                Path newFile = c.newPath() == null ? null : git.root().resolve(c.newPath());
                String oldText = oldFile == null ? "" : git.read(rev, oldFile).map(LoadedText::text).orElse("");
                String newText = newFile == null ? "" : read(newFile);
                Path named = newFile != null ? newFile : oldFile;
                if (!isAgent(named, oldText, newText)) {
                    continue;
                }
                String shown = git.root().relativize(named).toString();
                String status = switch (c.kind()) {
                    case ADDED -> "added";
                    case DELETED -> "deleted";
                    case RENAMED -> "renamed from " + c.oldPath();
                    case MODIFIED -> "modified";
                };
                reviews.add(new ReviewReport.FileReview(shown, status, review(rev, oldText, "working tree", newText, named, dialect)));
            }
            return reviews;
        }
    }

    /** An agent file by the same test as {@code check DIR}: a tool's agent location, or Markdown opening with front matter. */
    private boolean isAgent(Path file, String oldText, String newText) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md") && !name.endsWith(".mdc")) {
            return false;
        }
        return checker.get().registry().isAgentLocation(file) || AgentFiles.startsWithFence(oldText) || AgentFiles.startsWithFence(newText);
    }

    private Review review(String oldLabel, String oldText, String newLabel, String newText, Path path, Dialect dialect) {
        return Review.of(Review.Version.of(oldLabel, checker.get().check(oldText, path, dialect)),
                Review.Version.of(newLabel, checker.get().check(newText, path, dialect)), Equivalents.standard());
    }

    /** A file git handed over, or nothing for /dev/null (a file added or deleted). */
    private static String readOrEmpty(String name) throws FileProblem {
        return name.equals("/dev/null") || name.equals("nul") ? "" : read(Path.of(name));
    }

    private static String read(Path file) throws FileProblem {
        return TextFiles.read(file).text();
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
