package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which machines count as having a graphics device: read from a /dev folder made here. */
class SoftwareRenderingTest {

    @Test
    void aMachineWithoutDriOrNvidiaDevicesHasNone(@TempDir Path dev) throws Exception {
        Files.createFile(dev.resolve("null"));
        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).isFalse();
        Files.createDirectory(dev.resolve("dri"));
        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).as("an empty dri folder").isFalse();
    }

    @Test
    void aDrmCardOrRenderNodeIsADevice(@TempDir Path dev) throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).isTrue();
    }

    @Test
    void nvidiasOwnDriverIsADevice(@TempDir Path dev) throws Exception {
        Files.createFile(dev.resolve("nvidiactl"));
        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).isTrue();
    }
}
