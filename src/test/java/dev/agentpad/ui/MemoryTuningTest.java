package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The running JVM takes the memory settings, and the native-memory trim is a command this JVM knows. */
class MemoryTuningTest {

    @Test
    void theCollectorGivesMemoryBackAfterFiveIdleSeconds() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(c -> c.getName().startsWith("G1")), "G1 in use");
        MemoryTuning.apply();
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("5000");
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("1");
    }

    @Test
    void theNativeHeapCanBeTrimmedOnLinux() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "malloc_trim is glibc's");
        assertThat(MemoryTuning.trimNativeHeap()).as("System.trim_native_heap through the DiagnosticCommand bean").isTrue();
    }
}
