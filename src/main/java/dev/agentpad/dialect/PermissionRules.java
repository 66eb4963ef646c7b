package dev.agentpad.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of opencode's {@code permission} key: which actions exist, which tools take glob-pattern rules
 * ({@code bash: {"git *": allow}}) and which take only an action ({@code webfetch: deny}).
 */
public record PermissionRules(List<String> actions, List<String> patternKeys, List<String> actionOnlyKeys,
                              Map<String, String> neverMatch) {

    public PermissionRules {
        actions = List.copyOf(actions);
        patternKeys = List.copyOf(patternKeys);
        actionOnlyKeys = List.copyOf(actionOnlyKeys);
        neverMatch = Map.copyOf(neverMatch);
    }

    /** Every key the tool checks. */
    public List<String> keys() {
        List<String> all = new ArrayList<>(patternKeys);
        all.addAll(actionOnlyKeys);
        return all;
    }
}
