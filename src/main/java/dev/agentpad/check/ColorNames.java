package dev.agentpad.check;

import java.util.Map;
import java.util.Optional;

/** Hex values for the colour names agents use (Claude Code's eight), to offer a hex colour where only hex is accepted. */
public final class ColorNames {

    private static final Map<String, String> HEX = Map.of(
            "red", "#ef4444", "blue", "#3b82f6", "green", "#22c55e", "yellow", "#eab308",
            "purple", "#a855f7", "orange", "#f97316", "pink", "#ec4899", "cyan", "#06b6d4");

    private ColorNames() {
    }

    public static Optional<String> hexOf(String name) {
        return Optional.ofNullable(HEX.get(name.toLowerCase()));
    }
}
