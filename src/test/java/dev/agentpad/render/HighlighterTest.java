package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    /** The classes of the character at the first occurrence of {@code needle} (plus {@code skip} characters). */
    private static List<String> classesAt(String text, String needle, int skip) {
        CheckResult result = Checker.standard().check(text, Path.of("r/.claude/agents/x.md"), null);
        List<StyleRun> runs = Highlighter.highlight(result.document(), result.diagnostics());
        int offset = text.indexOf(needle) + skip;
        int at = 0;
        for (StyleRun run : runs) {
            if (offset < at + run.length()) {
                return run.classes();
            }
            at += run.length();
        }
        throw new AssertionError(needle + " not found");
    }

    private static final String AGENT = """
            ---
            name: reviewer # who
            description: |-
              Reviews <example>code</example>
            maxTurns: 5
            background: true
            tools: [Read, Grep]
            ---
            # Heading
            Some *emphasis*, **strong**, `code <tag>` and a [link](https://x.org).
            - item with {{placeholder}} and $ARGUMENTS, ask @reviewer or #tool:search
            <rules>
            ```
            <not-a-tag>
            ```
            """;

    @Test
    void frontMatterIsColouredLineByLine() {
        assertThat(classesAt(AGENT, "---", 0)).containsExactly("fence");
        assertThat(classesAt(AGENT, "name", 0)).containsExactly("yaml-key");
        assertThat(classesAt(AGENT, "reviewer", 0)).containsExactly("yaml-string");
        assertThat(classesAt(AGENT, "# who", 0)).containsExactly("yaml-comment");
        assertThat(classesAt(AGENT, "|-", 0)).containsExactly("yaml-block");
        assertThat(classesAt(AGENT, "<example>", 0)).containsExactly("yaml-string", "prompt-tag");
        assertThat(classesAt(AGENT, "5\n", 0)).containsExactly("yaml-number");
        assertThat(classesAt(AGENT, "true", 0)).containsExactly("yaml-boolean");
        assertThat(classesAt(AGENT, "[Read", 0)).containsExactly("yaml-punct");
    }

    @Test
    void bodyIsColouredFromMarkdownAndPromptConstructs() {
        assertThat(classesAt(AGENT, "# Heading", 2)).containsExactly("md-heading");
        assertThat(classesAt(AGENT, "emphasis", 0)).containsExactly("md-emphasis");
        assertThat(classesAt(AGENT, "strong", 0)).containsExactly("md-strong");
        assertThat(classesAt(AGENT, "code <tag>", 5)).as("no tags inside code").containsExactly("md-code");
        assertThat(classesAt(AGENT, "[link]", 1)).containsExactly("md-link");
        assertThat(classesAt(AGENT, "- item", 0)).containsExactly("md-list");
        assertThat(classesAt(AGENT, "{{placeholder}}", 2)).containsExactly("prompt-placeholder");
        assertThat(classesAt(AGENT, "$ARGUMENTS", 0)).containsExactly("prompt-placeholder");
        assertThat(classesAt(AGENT, "@reviewer", 0)).containsExactly("prompt-ref");
        assertThat(classesAt(AGENT, "#tool:search", 0)).containsExactly("prompt-ref");
        assertThat(classesAt(AGENT, "<rules>", 0)).as("never closed: underlined").containsExactly("prompt-tag", "problem-warning");
        assertThat(classesAt(AGENT, "<not-a-tag>", 0)).containsExactly("md-codeblock");
    }

    @Test
    void problemsAreUnderlinedWhereTheyAre() {
        String broken = "---\nname: x-y\ndescription: Use when: needed\n<example>x</example>\n---\nBody <open>\n";
        assertThat(classesAt(broken, ": needed", 0)).contains("problem-error");
        assertThat(classesAt(broken, "Use when", 0)).doesNotContain("problem-error");
    }

    @Test
    void runsCoverTheWholeTextEvenWhenTheYamlIsBroken() {
        String broken = "---\nname: x\ndescription: a: b\n  more\ntools: [Read\n---\nbody\n";
        CheckResult result = Checker.standard().check(broken, null, null);
        List<StyleRun> runs = Highlighter.highlight(result.document(), result.diagnostics());
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(broken.length());
        assertThat(classesAt(broken, "tools", 0)).contains("yaml-key");
    }

    @Test
    void aLineOfThousandsOfRunsKeepsItsFirstRunsAndTheRestPlain() {
        List<StyleRun> tags = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            tags.add(new StyleRun(4, List.of("prompt-tag")));
            tags.add(new StyleRun(1, List.of()));
        }
        List<StyleRun> capped = Highlighter.atMost(tags, 400);
        assertThat(capped).hasSize(400).startsWith(tags.subList(0, 399).toArray(StyleRun[]::new));
        assertThat(capped.get(399)).isEqualTo(new StyleRun(15_000 - tags.subList(0, 399).stream().mapToInt(StyleRun::length).sum(), List.of()));
        assertThat(capped.stream().mapToInt(StyleRun::length).sum()).as("still the whole line").isEqualTo(15_000);
        assertThat(Highlighter.atMost(tags.subList(0, 10), 400)).isEqualTo(tags.subList(0, 10));
    }

    @Test
    void aFenceInAListItemOrAQuoteClosesWhereItsItemDoes() {
        // the closing fence of "- ```" is indented: taken for an opening one, it turned the rest of the prompt inside out
        String text = "---\nname: x\ndescription: A fence in a list item.\n---\n- ```\n  in the item\n  ```\n\nAfter the list.\n\n"
                + "> ```\n> quoted code\n> ```\n\nAfter the quote.\n\n```\nreal code\n```\n\nEnd.\n";
        assertThat(classesAt(text, "in the item", 0)).containsExactly("md-codeblock");
        assertThat(classesAt(text, "After the list", 0)).doesNotContain("md-codeblock");
        assertThat(classesAt(text, "quoted code", 0)).containsExactly("md-codeblock");
        assertThat(classesAt(text, "After the quote", 0)).doesNotContain("md-codeblock");
        assertThat(classesAt(text, "real code", 0)).containsExactly("md-codeblock");
        assertThat(classesAt(text, "End.", 0)).doesNotContain("md-codeblock");
        String inline = "---\nname: x\ndescription: Inline code.\n---\n- ```npm test``` runs the tests\n\nThen prose.\n";
        assertThat(classesAt(inline, "Then prose", 0)).doesNotContain("md-codeblock");
    }
}
