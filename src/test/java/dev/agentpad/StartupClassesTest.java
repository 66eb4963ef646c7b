package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassesTest {

    /** Listed for the training run, which must load it without running its static initialiser. */
    static final class NotToBeRun {
        static {
            System.setProperty("agentpad.test.startupClassRan", "yes");
        }
    }

    /** A loader of its own over the test classes, which can say what it has loaded. */
    private static final class Probe extends URLClassLoader {
        Probe() {
            super(new URL[] {NotToBeRun.class.getProtectionDomain().getCodeSource().getLocation()}, ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void loadsTheListedClassesWithoutRunningThemAndSkipsNamesThatAreGone() throws Exception {
        System.clearProperty("agentpad.test.startupClassRan");
        try (Probe probe = new Probe()) {
            StartupClasses.Loaded loaded = StartupClasses.load(List.of(
                    "# a comment",
                    "dev/agentpad/StartupClassesTest$NotToBeRun",
                    "dev/agentpad/NoSuchClassAnyMore",
                    "",
                    "java.util.ArrayList"), probe);
            assertThat(loaded).isEqualTo(new StartupClasses.Loaded(2, 1));
            assertThat(probe.hasLoaded("dev.agentpad.StartupClassesTest$NotToBeRun")).as("loaded").isTrue();
            assertThat(System.getProperty("agentpad.test.startupClassRan")).as("its static initialiser ran").isNull();
        }
    }
}
