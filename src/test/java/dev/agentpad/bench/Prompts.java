package dev.agentpad.bench;

import java.util.Random;

/** Agent files of a given size for benchmarks: a Claude agent with a long, varied Markdown prompt. */
public final class Prompts {

    private static final String[] WORDS = {"review", "the", "code", "for", "bugs", "and", "style", "issues", "when", "a", "pull",
        "request", "is", "opened", "check", "tests", "explain", "every", "finding", "with", "line", "numbers"};

    private Prompts() {
    }

    /** A Claude agent whose body has {@code lines} lines of headings, lists, code, tags and prose. */
    public static String agent(int lines, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder("---\nname: reviewer\ndescription: Reviews code for bugs and style.\n"
                + "tools: Read, Grep, Glob, Bash(git diff:*)\nmodel: sonnet\ncolor: blue\n---\n");
        for (int i = 0; i < lines; i++) {
            switch (i % 40) {
                case 0 -> s.append("## Section ").append(i / 40).append('\n');
                case 5 -> s.append("```bash\n");
                case 8 -> s.append("```\n");
                case 12 -> s.append("<example>\n");
                case 16 -> s.append("</example>\n");
                case 20, 21, 22 -> s.append("- ").append(sentence(random)).append('\n');
                default -> s.append(sentence(random)).append(" {{placeholder}}\n");
            }
        }
        return s.toString();
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 8 + random.nextInt(8); w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
