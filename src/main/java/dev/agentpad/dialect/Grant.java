package dev.agentpad.dialect;

import java.util.List;

/** How far one capability (reading files, running commands ...) is granted to an agent. */
public sealed interface Grant {

    /** The action for one use, such as one command; {@code probe} is ignored by grants without patterns. */
    Action actionFor(String probe);

    /** The same action for every use. */
    record Whole(Action action) implements Grant {
        @Override
        public Action actionFor(String probe) {
            return action;
        }
    }

    /** Ordered pattern rules where the last match wins, and the action for a use no rule matches. */
    record Commands(List<CommandRule> rules, Action fallback) implements Grant {
        public Commands {
            rules = List.copyOf(rules);
        }

        /**
         * The same rules said most simply: rules before the last {@code "*"} never decide anything (it becomes the
         * fallback), and rules that all agree with the fallback are just the fallback.
         */
        public Grant simplified() {
            List<CommandRule> kept = rules;
            Action base = fallback;
            for (int i = rules.size() - 1; i >= 0; i--) {
                if (rules.get(i).glob().equals("*")) {
                    base = rules.get(i).action();
                    kept = rules.subList(i + 1, rules.size());
                    break;
                }
            }
            Action fixedBase = base;
            return kept.stream().allMatch(r -> r.action() == fixedBase) ? new Whole(base) : new Commands(kept, base);
        }

        @Override
        public Action actionFor(String probe) {
            Action action = fallback;
            for (CommandRule rule : rules) {
                if (rule.matches(probe)) {
                    action = rule.action();
                }
            }
            return action;
        }
    }

    /**
     * Granted with limits that only the source tool can state, such as Claude's {@code Edit(src/**)}: no other
     * dialect can write them, so a conversion leaves the capability out.
     */
    record Limited(String asWritten) implements Grant {
        @Override
        public Action actionFor(String probe) {
            return Action.ALLOW;
        }
    }
}
