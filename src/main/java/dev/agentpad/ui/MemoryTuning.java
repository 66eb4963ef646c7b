package dev.agentpad.ui;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Gives memory back while the editor sits idle. By default the G1 collector grows the heap while the user types
 * (each pause analyses the whole text) and keeps it: 460 MB resident after opening a 2,000-line prompt became 763 MB
 * after 1,000 edits. These collector settings can be changed in a running JVM (they are "manageable"), so
 * {@code java -jar} needs no flags: a collection after 5 s without one, and a heap kept at most 10% free. Measured the
 * same way, the process then held 453 to 463 MB after 1,000 edits (at 20% free); the packaged app, with its other
 * savings, holds 260 to 273 MB (docs/benchmarks.md). A setting the user gave on the command line is left as it is.
 *
 * <p>After each of those idle collections the C library is asked to give back the native memory it holds free
 * ({@code System.trim_native_heap}, as {@code jcmd} would; the JVM's {@code TrimNativeHeapInterval} cannot be set in a
 * running JVM): 425 MB after 1,000 edits became 391 MB (docs/benchmarks.md).
 */
final class MemoryTuning {

    private static final Logger LOG = Logger.getLogger(MemoryTuning.class.getName());

    /** Set in this order: the minimum first, so that it never exceeds the maximum. */
    private static final List<Map.Entry<String, String>> SETTINGS = List.of(Map.entry("MinHeapFreeRatio", "1"),
            Map.entry("MaxHeapFreeRatio", "10"), Map.entry("G1PeriodicGCInterval", "5000"));
    /** The cause G1 gives its collection after {@code G1PeriodicGCInterval} without one. */
    private static final String IDLE_COLLECTION = "G1 Periodic Collection";

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
        try {
            NotificationFilter idleCollections = n -> n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                    && IDLE_COLLECTION.equals(((CompositeData) n.getUserData()).get("gcCause"));
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> trimNativeHeap(), idleCollections, null);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "native memory left as it is", e);
        }
    }

    /** Asks the C library to give back the native memory it holds free; false when this JVM or platform cannot. */
    static boolean trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return true;
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "native memory not trimmed", e); // a C library without malloc_trim, or an older JVM
            return false;
        }
    }
}
