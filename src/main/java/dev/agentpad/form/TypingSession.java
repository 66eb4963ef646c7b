package dev.agentpad.form;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.EditResult;
import java.util.function.Function;

/**
 * One visit to a form field, from the first keystroke to leaving it. Each keystroke's edit is computed against the
 * text as it was when the visit began, so the value keeps its original style wherever it can (a space typed at the
 * end of a plain value does not leave it quoted for good), and every change of the visit covers the ones before it,
 * so the editor can fold them into one undo step. When something else changed the text meanwhile, the visit starts
 * afresh from the text as it is.
 */
public final class TypingSession {

    private AgentDocument base;
    private String last;
    private TextRange touched;

    /** The edit that takes {@code current} to what {@code edit} makes of the text the visit began with. */
    public EditResult edit(String current, Function<AgentDocument, EditResult> edit) {
        if (last == null || !last.equals(current)) {
            base = AgentDocument.parse(current);
            last = current;
            touched = null;
        }
        EditResult result = edit.apply(base);
        if (result instanceof EditResult.Refused) {
            return result;
        }
        String target = result.applyTo(base.text());
        if (target.equals(current)) {
            return new EditResult.Unchanged();
        }
        int prefix = commonPrefix(current, target);
        int suffix = commonSuffix(current, target, prefix);
        int start = prefix;
        int end = current.length() - suffix;
        if (touched != null) {
            start = Math.min(start, touched.start());
            end = Math.max(end, touched.end());
        }
        String replacement = target.substring(start, target.length() - (current.length() - end));
        last = target;
        touched = new TextRange(start, start + replacement.length());
        return new EditResult.Change(new TextEdit(new TextRange(start, end), replacement));
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
