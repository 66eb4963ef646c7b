package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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

    @Test
    void theLinuxLauncherLooksForTheSameDevices() throws Exception {
        String script = Files.readString(Path.of("src/main/jpackage/linux/launcher.sh"));
        String condition = script.lines().filter(line -> line.contains("GDK_GL+set")).findFirst().orElseThrow();
        List<String> looked = Pattern.compile("/dev/([\\w/*]+)").matcher(condition).results()
                .map(match -> match.group(1)).filter(device -> !device.equals("null")).toList();
        assertThat(looked).containsExactlyInAnyOrderElementsOf(SoftwareRendering.DEVICES);
    }

    @Test
    void wslsGpuIsADevice(@TempDir Path dev) throws Exception {
        Files.createFile(dev.resolve("dxg"));
        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).isTrue();
    }
}
