package dev.agentpad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated repositories for the workspace benchmarks: many files, a few hundred agents in every tool's layout. */
public final class Repositories {

    private static final String[] LAYOUTS = {".claude/agents/%s.md", ".claude/skills/%s/SKILL.md", ".opencode/agent/%s.md",
        ".github/agents/%s.agent.md", ".gemini/agents/%s.md"};

    private Repositories() {
    }

    /**
     * Fills {@code root} with {@code files} files, {@code agents} of them agents spread over 20 projects; the rest are
     * source files, plain Markdown notes, a node_modules folder and a build folder that .gitignore names.
     */
    public static void generate(Path root, int files, int agents) throws IOException {
        int made = 0;
        for (int agent = 0; agent < agents; agent++, made++) {
            String name = "agent-" + agent;
            Path file = root.resolve("team-" + (agent % 20)).resolve(String.format(LAYOUTS[agent % LAYOUTS.length], name));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\nname: " + name + "\ndescription: Use this agent to review module " + agent
                    + " after every change.\ntools: Read, Grep, Glob\n---\nYou review module " + agent + ".\n\n## Steps\n1. Read.\n");
        }
        Files.writeString(root.resolve(".gitignore"), "build/\n");
        for (int i = 0; made < files; i++, made++) {
            String folder = i % 10 == 0 ? "node_modules/pkg-" + (i % 300) : i % 10 == 1 ? "build/out-" + (i % 50) : "src/module-" + (i % 400);
            Path file = root.resolve(folder).resolve(i % 7 == 0 ? "notes-" + i + ".md" : "File" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, i % 7 == 0 ? "# Notes " + i + "\nPlain Markdown, no front matter.\n" : "class File" + i + " {}\n");
        }
    }
}
