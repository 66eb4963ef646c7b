package dev.agentpad.render;

import java.util.List;

/** A stretch of {@code length} characters sharing the same style classes (CSS class names, possibly none). */
public record StyleRun(int length, List<String> classes) {
}
