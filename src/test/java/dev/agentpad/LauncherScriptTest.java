package dev.agentpad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged app's Linux launcher starts headless commands with their own JVM options: it must know every command. */
class LauncherScriptTest {

    @Test
    void theLaunchersCommandNamesAreTheCommandLinesOwn() throws Exception {
        String script = Files.readString(Path.of("src/main/jpackage/linux/launcher.sh"));
        Matcher names = Pattern.compile("(?m)^\\s*(check\\|[^)]+)\\)").matcher(script);
        assertThat(names.find()).as("the case of command names in launcher.sh").isTrue();
        assertThat(Arrays.asList(names.group(1).split("\\|"))).containsExactlyInAnyOrderElementsOf(Cli.commands());
    }
}
