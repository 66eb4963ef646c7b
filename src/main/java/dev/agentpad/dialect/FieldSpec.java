package dev.agentpad.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One key of a dialect as the tool defines it. Every attribute comes from the dialect's data file.
 *
 * @param values       allowed values (enums, colour names) or known values offered as suggestions
 * @param openValues   true when {@code values} are suggestions only and any other value is accepted
 * @param deprecated   why the key is deprecated, or null
 * @param replacedBy   the key to use instead (for a rename fix), or null
 * @param consequence  what the tool does when this key's value has the wrong shape, for messages
 * @param permissions  for {@link FieldType#PERMISSION}: actions and rule shapes, else null
 * @param preferList   for {@link FieldType#COMMA_OR_LIST}: write a list (not a comma string) when the file has neither
 * @param role         what the key means, for code that must find "the tools" or "the model" in any dialect
 * @param source       where the facts about this key come from
 * @param since        the tool version the key (or the fact about it) appeared in, or null
 * @param ifInvalid    what the tool does with a wrong value of this key, when it differs from the dialect's usual
 * @param advicePattern the form the tool's docs advise; another form still works (an info at most)
 * @param refusedPattern a form the tool refuses (matching it is the problem), or null
 * @param ignoredInPlugins true when the tool ignores this key in agents shipped in plugins
 * @param targets      the targets (Copilot's {@code target}) that read this key; empty for all
 * @param needsTool    a tool the agent must have for this key to do anything (Copilot's agents needs agent), or null
 * @param items        for {@link FieldType#LIST_OF_MAPS}: the keys each item must, may and must not repeat; else null
 */
public record FieldSpec(String key, FieldType type, boolean required, String defaultValue, List<String> values,
                        boolean openValues, String pattern, String advicePattern, String refusedPattern, Integer minLength,
                        Integer maxLength, Double min,
                        Double max, String deprecated, String replacedBy, String consequence, PermissionRules permissions,
                        boolean preferList, Role role, String source, String since, Effect ifInvalid,
                        boolean ignoredInPlugins, List<String> targets, String needsTool, Items items, String doc) {

    public FieldSpec {
        values = values == null ? List.of() : List.copyOf(values);
        role = role == null ? Role.NONE : role;
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * The keys of each map in a list: those it must have, those it may have, and the one whose value must differ
     * from item to item (compared ignoring case), or null.
     */
    public record Items(List<String> required, List<String> optional, String unique) {
        public Items {
            required = required == null ? List.of() : List.copyOf(required);
            optional = optional == null ? List.of() : List.copyOf(optional);
        }
    }

    /** The same field with more allowed values (an override's {@code add-values}). */
    FieldSpec withAddedValues(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(values);
        more.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return new FieldSpec(key, type, required, defaultValue, all, openValues, pattern, advicePattern, refusedPattern, minLength,
                maxLength, min, max, deprecated, replacedBy, consequence, permissions, preferList, role, source, since, ifInvalid,
                ignoredInPlugins, targets, needsTool, items, doc);
    }

    public boolean isDeprecated() {
        return deprecated != null;
    }

    public Optional<String> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
