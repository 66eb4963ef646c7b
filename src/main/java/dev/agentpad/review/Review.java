package dev.agentpad.review;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.dialect.Access;
import dev.agentpad.dialect.AccessReader;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineEndings;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.render.AgentCard;
import dev.agentpad.render.PromptStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change does to an agent, meaning first: the front matter key by key, the prompt word by word, the problems it
 * introduces and fixes, whether the tool still loads the agent, its size in tokens, and what the agent may now do
 * that it could not (or no longer can). Both versions are checked as usual; the review only compares.
 *
 * @param gains  what the agent may do now and could not before (more tools, a command now allowed)
 * @param losses what it could do before and no longer can
 */
public record Review(Version before, Version after, List<FieldChange> fields, BodyDiff body, List<Diagnostic> introduced,
                     List<Diagnostic> fixed, List<String> gains, List<String> losses) {

    /** One side of the comparison: where it comes from ("disk", "HEAD", a path), its check, card and size. */
    public record Version(String label, CheckResult result, AgentCard card, int tokens) {

        public static Version of(String label, CheckResult result) {
            return new Version(label, result, AgentCard.of(result), PromptStats.of(result.document().bodyText()).tokens());
        }
    }

    /** One change a reviewer can step to: where it is in the new text, and the edit that takes it back. */
    public record Change(String title, Optional<TextRange> inNewText, Optional<TextEdit> revert) {
    }

    public Review {
        fields = List.copyOf(fields);
        introduced = List.copyOf(introduced);
        fixed = List.copyOf(fixed);
        gains = List.copyOf(gains);
        losses = List.copyOf(losses);
    }

    public static Review of(Version before, Version after, Equivalents equivalents) {
        List<FieldChange> fields = FieldDiff.of(before.result(), after.result(), equivalents);
        BodyDiff body = BodyDiff.of(before.result().document(), after.result().document());
        List<Diagnostic> introduced = after.result().diagnostics().stream().filter(d -> !has(before.result(), d)).toList();
        List<Diagnostic> fixed = before.result().diagnostics().stream().filter(d -> !has(after.result(), d)).toList();
        Access was = AccessReader.read(before.result().detection().dialect(), before.result().keys(), equivalents);
        Access now = AccessReader.read(after.result().detection().dialect(), after.result().keys(), equivalents);
        return new Review(before, after, fields, body, introduced, fixed, now.widerThan(was, equivalents.capabilities()),
                was.widerThan(now, equivalents.capabilities()));
    }

    public boolean dialectsDiffer() {
        return !before.result().detection().dialect().id().equals(after.result().detection().dialect().id());
    }

    /** True when a tool reads anything differently: a key, the prompt, what the agent may do, or whether it loads. */
    public boolean changesMeaning() {
        return fields.stream().anyMatch(FieldChange::changesMeaning) || body.changed() || !gains.isEmpty() || !losses.isEmpty()
                || before.card().loads() != after.card().loads();
    }

    /** "now will not load" or "now loads", when the change flips it. */
    public Optional<String> loadFlip() {
        if (before.card().loads() == after.card().loads()) {
            return Optional.empty();
        }
        return Optional.of(after.card().loads() ? after.card().tool() + " now loads this agent"
                : after.card().tool() + " will no longer load this agent: " + after.card().status());
    }

    /** Every change in reading order (front matter, then prompt), each with where it is and how to take it back. */
    public List<Change> changes() {
        String oldText = before.result().document().text();
        String newText = after.result().document().text();
        String nl = LineEndings.of(newText).dominant();
        List<Change> changes = new ArrayList<>();
        for (FieldChange f : fields) {
            if (f.mark() == FieldChange.Mark.UNCHANGED || f.key().startsWith("(")) {
                continue;
            }
            Optional<TextEdit> revert = switch (f.mark()) {
                case ADDED -> f.afterLines().map(TextEdit::delete);
                case REMOVED -> f.beforeLines().map(r -> TextEdit.insert(insertionPoint(f.key()), ending(r.of(oldText), nl)));
                default -> f.afterLines().flatMap(a -> f.beforeLines().map(b -> new TextEdit(a, ending(b.of(oldText), nl))));
            };
            changes.add(new Change(f.key() + ": " + f.mark().words(), f.afterLines(), revert));
        }
        for (BodyDiff.Hunk h : body.hunks()) {
            changes.add(new Change("prompt, line " + h.firstNewLine(), Optional.of(h.newRange()),
                    Optional.of(new TextEdit(h.newRange(), ending(h.oldText(), nl)))));
        }
        return changes;
    }

    /** Where a removed key goes back: after the key that came before it, else at the end of the front matter. */
    private int insertionPoint(String key) {
        AgentDocument now = after.result().document();
        var old = before.result().keys().entries();
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).name().equals(key)) {
                for (int k = i - 1; k >= 0; k--) {
                    var there = after.result().keys().entry(old.get(k).name());
                    if (there.isPresent()) {
                        return there.get().lines().end();
                    }
                }
            }
        }
        TextRange yaml = now.yamlRange();
        return yaml.end();
    }

    private static String ending(String text, String nl) {
        return LineEndings.fromLf(LineEndings.toLf(text), nl);
    }

    private static boolean has(CheckResult result, Diagnostic d) {
        return result.diagnostics().stream().anyMatch(o -> o.code() == d.code() && Objects.equals(o.key(), d.key())
                && o.message().equals(d.message()));
    }
}
