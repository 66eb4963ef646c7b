package dev.agentpad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small random damage to an agent file, as hands and tools do it: for fuzzing the engine with real files. */
public final class Mutations {

    private Mutations() {
    }

    /** One to three edits: a character changed, the text cut short, ": ", a tab, a quote, a line break, a fence or tag, two lines swapped. */
    public static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(8)) {
                case 0 -> s.setCharAt(at, (char) (random.nextInt(0x80) == 0 ? 0 : 32 + random.nextInt(0x2500)));
                case 1 -> s.setLength(at);
                case 2 -> s.insert(at, ": ");
                case 3 -> s.insert(at, '\t');
                case 4 -> s.insert(at, random.nextBoolean() ? '"' : '\'');
                case 5 -> s.insert(at, random.nextBoolean() ? "\n" : "\r\n");
                case 6 -> s.insert(at, random.nextBoolean() ? "---\n" : "<example>");
                default -> {
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    int a = random.nextInt(Math.min(lines.size(), 12));
                    int b = random.nextInt(Math.min(lines.size(), 12));
                    Collections.swap(lines, a, b);
                    s = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return s.toString();
    }
}
