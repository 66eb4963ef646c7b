package dev.agentpad.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Feather font: one name each, coloured and sized by the stylesheets (class "icon"). */
public final class Icons {

    private Icons() {
    }

    /** A Feather icon by its Ikonli name, such as "fth-save". */
    public static FontIcon of(String name) {
        FontIcon icon = new FontIcon(name);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** The icon of a problem's severity: an x in a circle, a triangle, an i. */
    public static FontIcon severity(String label) {
        FontIcon icon = of(switch (label) {
            case "error" -> "fth-x-circle";
            case "warning" -> "fth-alert-triangle";
            default -> "fth-info";
        });
        icon.getStyleClass().add("severity-" + label);
        return icon;
    }
}
