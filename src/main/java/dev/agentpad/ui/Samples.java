package dev.agentpad.ui;

import dev.agentpad.resources.Resources;

/** The sample agents shipped from {@code assets/samples}, shown when the editor starts without a file. */
final class Samples {

    private Samples() {
    }

    static String read(String name) {
        return Resources.required("/dev/agentpad/samples/" + name);
    }
}
