package dev.agentpad.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives memory back while the editor sits idle. By default the G1 collector grows the heap while the user types
 * (each pause analyses the whole text) and keeps it: 460 MB resident after opening a 2,000-line prompt became 763 MB
 * after 1,000 edits. These collector settings can be changed in a running JVM (they are "manageable"), so
 * {@code java -jar} needs no flags: a collection after 5 s without one, and a heap kept at most 20% free. Measured the
 * same way, the process then held 452 MB after 500 edits and 452 MB after 1,000 (docs/benchmarks.md). A setting the
 * user gave on the command line is left as it is.
 */
final class MemoryTuning {

    private static final Logger LOG = Logger.getLogger(MemoryTuning.class.getName());

    /** Set in this order: the minimum first, so that it never exceeds the maximum. */
    private static final List<Map.Entry<String, String>> SETTINGS = List.of(Map.entry("MinHeapFreeRatio", "5"),
            Map.entry("MaxHeapFreeRatio", "20"), Map.entry("G1PeriodicGCInterval", "5000"));

    private MemoryTuning() {
    }

    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (Map.Entry<String, String> setting : SETTINGS) {
                VMOption option = vm.getVMOption(setting.getKey());
                if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
                    vm.setVMOption(setting.getKey(), setting.getValue());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "memory settings left as they are", e); // another JVM or collector: nothing to tune
        }
    }
}
