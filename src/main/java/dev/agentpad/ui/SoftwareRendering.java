package dev.agentpad.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * What counts as a graphics device under /dev: a DRM device in {@code dri} ({@code card0}, {@code renderD128}),
     * NVIDIA's own driver's control device, or WSL's GPU (Mesa's d3d12 driver draws through it). The Linux launcher
     * looks for the same (SoftwareRenderingTest keeps them equal).
     */
    static final List<String> DEVICES = List.of("dri/*", "nvidiactl", "dxg");

    static boolean hasGraphicsDevice(Path dev) {
        return DEVICES.stream().anyMatch(device -> device.endsWith("/*")
                ? hasEntries(dev.resolve(device.substring(0, device.length() - 2)))
                : Files.exists(dev.resolve(device)));
    }

    private static boolean hasEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false; // no such folder
        }
    }
}
