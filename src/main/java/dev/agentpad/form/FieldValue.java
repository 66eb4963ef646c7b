package dev.agentpad.form;

import java.util.List;

/** What a field's control shows: the value as read from the file, or why it cannot be shown. */
public sealed interface FieldValue {

    /** The key is not in the file. */
    record Absent() implements FieldValue {
    }

    /** A scalar as text (numbers and booleans too, as written). */
    record Text(String text) implements FieldValue {
    }

    /** Names, with the shape the file writes them in. */
    record Items(List<String> items, Shape shape) implements FieldValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** opencode permission rules, in file order. */
    record Permissions(String all, List<PermissionRow> rows) implements FieldValue {
        public Permissions {
            rows = List.copyOf(rows);
        }
    }

    /** The value's YAML as written, for a control that edits text. */
    record Raw(String yaml, boolean scalar) implements FieldValue {
    }

    /** A value the form's control cannot show without guessing; shown read-only with the reason. */
    record Unreadable(String yaml, String why) implements FieldValue {
    }

    /** How a list of names is written. */
    enum Shape { COMMA, LIST, MAP }

    /** One tool's rule: an action, or ordered glob-pattern rules (the last match wins). */
    record PermissionRow(String tool, String action, List<PatternRule> patterns) {
        public PermissionRow {
            patterns = List.copyOf(patterns);
        }
    }

    /** One glob pattern and its action. */
    record PatternRule(String pattern, String action) {
    }
}
