package dev.agentpad.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * On Linux without a graphics device (a virtual machine, a container, a remote desktop) the only OpenGL is Mesa's
 * software rasterizer, which JavaFX refuses ("System GPU doesn't meet the es2 pipe requirement") before falling back to
 * its own software pipeline. Probing it first loads Mesa and 44 MB of LLVM and costs start-up time for nothing, so
 * without a device JavaFX is told to draw in software straight away. The Linux launcher also tells GTK not to load
 * OpenGL then (GDK_GL=disable; a JVM cannot set its own environment). An explicit {@code -Dprism.order} is kept.
 */
final class SoftwareRendering {

    private SoftwareRendering() {
    }

    /** Sets {@code prism.order=sw} on Linux when {@code /dev} has no graphics device and the user chose nothing. */
    static void chooseWhenThereIsNoGpu() {
        if (System.getProperty("prism.order") == null
                && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && !hasGraphicsDevice(Path.of("/dev"))) {
            System.setProperty("prism.order", "sw");
        }
    }

    /** A DRM device ({@code dri/card0}, {@code dri/renderD128}) or NVIDIA's own driver's control device. */
    static boolean hasGraphicsDevice(Path dev) {
        if (Files.exists(dev.resolve("nvidiactl"))) {
            return true;
        }
        try (Stream<Path> dri = Files.list(dev.resolve("dri"))) {
            return dri.findAny().isPresent();
        } catch (IOException e) {
            return false; // no dri folder
        }
    }
}
