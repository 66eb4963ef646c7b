package dev.agentpad.dialect;

import java.util.Map;
import java.util.Optional;

/**
 * Hex values for the colour names agents use: Claude Code's eight (to offer a hex colour where only hex is
 * accepted) and opencode's theme colours (a representative shade, for the preview's swatch).
 */
public final class ColorNames {

    private static final Map<String, String> HEX = Map.of(
            "red", "#ef4444", "blue", "#3b82f6", "green", "#22c55e", "yellow", "#eab308",
            "purple", "#a855f7", "orange", "#f97316", "pink", "#ec4899", "cyan", "#06b6d4");
    private static final Map<String, String> THEME = Map.of(
            "primary", "#3b82f6", "secondary", "#8b5cf6", "accent", "#ec4899", "success", "#22c55e",
            "warning", "#eab308", "error", "#ef4444", "info", "#06b6d4");

    private ColorNames() {
    }

    public static Optional<String> hexOf(String name) {
        return Optional.ofNullable(HEX.get(name.toLowerCase()));
    }

    /** A CSS colour to show for a colour value: hex as written, a known name's hex, else empty. */
    public static Optional<String> swatchOf(String value) {
        if (value.matches("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")) {
            return Optional.of(value);
        }
        return hexOf(value).or(() -> Optional.ofNullable(THEME.get(value.toLowerCase())));
    }
}
