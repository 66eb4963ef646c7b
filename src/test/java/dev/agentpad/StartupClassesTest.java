package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Unsafe;

class StartupClassesTest {

    /** Listed for the training run, which must load it without running its static initialiser. */
    static final class NotToBeRun {
        static final long STARTED = System.nanoTime();
    }

    @Test
    void loadsTheListedClassesWithoutRunningThemAndSkipsNamesThatAreGone(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("startup-classes.txt"), """
                # a comment
                dev/agentpad/StartupClassesTest$NotToBeRun
                dev/agentpad/NoSuchClassAnyMore

                java/util/ArrayList
                """);
        StartupClasses.main(new String[] {list.toString()});
        Class<?> listed = Class.forName("dev.agentpad.StartupClassesTest$NotToBeRun", false, getClass().getClassLoader());
        assertThat(unsafe().shouldBeInitialized(listed)).as("loaded but not initialised").isTrue();
    }

    @SuppressWarnings("removal")
    private static Unsafe unsafe() throws ReflectiveOperationException {
        Field field = Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (Unsafe) field.get(null);
    }
}
