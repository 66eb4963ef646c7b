package dev.agentpad.dialect;

import java.util.Locale;
import java.util.Optional;

/** What a tool does when an agent wants to use something: refuse, ask the person first, or go ahead. In order of power. */
public enum Action {
    DENY, ASK, ALLOW;

    /** The less powerful of the two. */
    public Action meet(Action other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean atMost(Action other) {
        return compareTo(other) <= 0;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Action> of(String word) {
        for (Action a : values()) {
            if (a.word().equals(word)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
