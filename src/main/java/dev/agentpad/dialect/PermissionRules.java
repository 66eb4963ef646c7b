package dev.agentpad.dialect;

import java.util.List;

/**
 * The shape of opencode's {@code permission} key: which actions exist, which tools take glob-pattern rules
 * ({@code bash: {"git *": allow}}) and which take only an action ({@code webfetch: deny}).
 */
public record PermissionRules(List<String> actions, List<String> patternKeys, List<String> actionOnlyKeys) {

    public PermissionRules {
        actions = List.copyOf(actions);
        patternKeys = List.copyOf(patternKeys);
        actionOnlyKeys = List.copyOf(actionOnlyKeys);
    }
}
