package dev.agentpad.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The git repository a file lives in, read with JGit (no git executable needed): a file's text at any revision
 * (a branch, a tag, a commit, HEAD by default), the revisions there are, and the files changed between a revision
 * and the working tree (added, deleted, modified and renamed; ignored files left out).
 */
public final class GitRepository implements AutoCloseable {

    /** A file changed between a revision and the working tree; paths are relative to the repository, with '/'. */
    public record ChangedFile(Kind kind, String oldPath, String newPath) {
    }

    public enum Kind { ADDED, DELETED, MODIFIED, RENAMED }

    private final Repository repository;
    private final Path root;

    private GitRepository(Repository repository) {
        this.repository = repository;
        this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The repository holding {@code path} (a file or folder), if there is one. */
    public static Optional<GitRepository> containing(Path path) {
        Path start = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(start) ? start : start.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            return repository.isBare() ? Optional.empty() : Optional.of(new GitRepository(repository));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Path root() {
        return root;
    }

    /** {@code file} relative to the repository's root, with '/' separators as git writes paths. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The file's text at {@code revision}; empty when the file is not there at that revision. */
    public Optional<LoadedText> read(String revision, Path file) throws FileProblem {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = resolve(revision);
            RevCommit commit = walk.parseCommit(id);
            try (TreeWalk tree = TreeWalk.forPath(repository, relative(file), commit.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
                return Optional.of(TextFiles.fromBytes(file, bytes));
            }
        } catch (FileProblem e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblem(file, "cannot read " + relative(file) + " at " + revision + ": " + e.getMessage(), e);
        }
    }

    /** HEAD, the local branches, the tags and the remote branches, by name. */
    public List<String> revisions() {
        Set<String> names = new LinkedHashSet<>();
        names.add("HEAD");
        try {
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                String name = Repository.shortenRefName(ref.getName());
                if (!name.equals("HEAD")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // an unreadable ref database: HEAD alone is still offered
        }
        return List.copyOf(names);
    }

    /** The files changed between {@code revision} and the working tree, optionally only under {@code under}. */
    public List<ChangedFile> changedSince(String revision, Path under) throws FileProblem {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            CanonicalTreeParser old = new CanonicalTreeParser();
            old.reset(reader, walk.parseCommit(resolve(revision)).getTree());
            FileTreeIterator working = new FileTreeIterator(repository);
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            String prefix = under == null ? "" : relative(under);
            TreeFilter notIgnored = new NotIgnoredFilter(1); // tree 1 of the scan is the working tree
            diff.setPathFilter(prefix.isEmpty() ? notIgnored : AndTreeFilter.create(PathFilter.create(prefix), notIgnored));
            List<ChangedFile> changed = new ArrayList<>();
            for (DiffEntry e : diff.scan(old, working)) {
                String newPath = e.getNewPath();
                changed.add(switch (e.getChangeType()) {
                    case ADD -> new ChangedFile(Kind.ADDED, null, newPath);
                    case DELETE -> new ChangedFile(Kind.DELETED, e.getOldPath(), null);
                    case RENAME -> new ChangedFile(Kind.RENAMED, e.getOldPath(), newPath);
                    default -> new ChangedFile(Kind.MODIFIED, e.getOldPath(), newPath);
                });
            }
            return changed;
        } catch (IOException e) {
            throw new FileProblem(root, "cannot compare the working tree with " + revision + ": " + e.getMessage(), e);
        }
    }

    private ObjectId resolve(String revision) throws IOException {
        ObjectId id = repository.resolve(revision == null || revision.isBlank() ? Constants.HEAD : revision);
        if (id == null) {
            throw new IOException("no revision '" + revision + "' in " + root);
        }
        return id;
    }

    @Override
    public void close() {
        repository.close();
    }
}
