package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.UnknownKeys;

/** The effect a problem has when its rule does not say: from the kind of problem and what the dialect's tool does. */
final class Effects {

    private Effects() {
    }

    /** The severity an effect deserves: errors for what drops, misreads or stops; warnings for what is ignored. */
    static Severity severity(Effect effect) {
        return effect.isHarmful() ? Severity.ERROR : effect == Effect.KEY_IGNORED ? Severity.WARNING : Severity.INFO;
    }

    static Effect usual(Code code, Severity severity, Dialect dialect) {
        return switch (code) {
            case KEY_UNKNOWN -> dialect.behaviour().unknownKeys() == UnknownKeys.REFUSED && severity == Severity.ERROR ? Effect.NOT_LOADED : Effect.KEY_IGNORED;
            case TOOL_UNKNOWN -> severity == Severity.ERROR ? dialect.behaviour().invalidValueEffect()
                    : severity == Severity.WARNING ? Effect.KEY_IGNORED : Effect.WORKS;
            case KEY_DEPRECATED -> severity == Severity.ERROR ? dialect.behaviour().invalidValueEffect() : Effect.WORKS;
            case YAML_SYNTAX, YAML_UNCLOSED, YAML_NOT_A_MAP, YAML_LIMIT, YAML_COLON_IN_PLAIN, YAML_TAB_INDENT, NO_FRONT_MATTER ->
                    severity == Severity.ERROR ? dialect.behaviour().invalidYamlEffect() : Effect.WORKS;
            case KEY_REQUIRED, NAME_FOLDER -> severity == Severity.ERROR ? Effect.NOT_LOADED : Effect.WORKS;
            case BODY_EMPTY, BODY_TOO_LONG, TAG_UNBALANCED, PORTABILITY, HIDDEN_NOT_SUBAGENT, YAML_DUPLICATE_KEY, YAML_HASH_VALUE,
                 PERMISSION_ORDER -> severity == Severity.ERROR ? Effect.NOT_LOADED : Effect.WORKS;
            default -> severity == Severity.ERROR ? dialect.behaviour().invalidValueEffect() : severity == Severity.WARNING ? Effect.KEY_IGNORED : Effect.WORKS;
        };
    }
}
