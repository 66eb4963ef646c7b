package dev.agentpad.dialect;

import java.util.List;

/**
 * The shape of opencode's {@code permission} key: which actions exist, which tools take glob-pattern rules
 * ({@code bash: {"git *": allow}}) and which take only an action ({@code webfetch: deny}).
 */
public record PermissionRules(List<String> actions, List<String> patternKeys, List<String> actionOnlyKeys,
                              java.util.Map<String, String> neverMatch) {

    public PermissionRules {
        actions = List.copyOf(actions);
        patternKeys = List.copyOf(patternKeys);
        actionOnlyKeys = List.copyOf(actionOnlyKeys);
        neverMatch = java.util.Map.copyOf(neverMatch);
    }

    /** Every key the tool checks. */
    public List<String> keys() {
        List<String> all = new java.util.ArrayList<>(patternKeys);
        all.addAll(actionOnlyKeys);
        return all;
    }
}
