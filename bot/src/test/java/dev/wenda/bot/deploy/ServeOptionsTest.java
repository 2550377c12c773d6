package dev.wenda.bot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The image and the systemd unit start {@code serve} with the JVM options the launcher gives it. */
class ServeOptionsTest {
    private static final Pattern SERVE_CASE = Pattern.compile("\\n  serve\\)\\n(.*?);;", Pattern.DOTALL);
    private static final Pattern ARRAY = Pattern.compile("\\w+=\\(([^)]*)\\)");

    @Test
    @DisplayName("the launcher's serve options are C1 alone, the serial collector and the small shrinking heap")
    void launcher_serveOptions() throws IOException {
        assertEquals(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xms16m",
                        "-XX:-ShrinkHeapInSteps",
                        "-XX:MinHeapFreeRatio=5",
                        "-XX:MaxHeapFreeRatio=15",
                        "-XX:TrimNativeHeapInterval=5000"),
                launcherServeOptions());
    }

    @Test
    @DisplayName(
            "the Dockerfile's JAVA_TOOL_OPTIONS and the systemd unit's ExecStart carry every serve option of the launcher")
    void imageAndUnit_matchTheLauncher() throws IOException {
        List<String> launcher = launcherServeOptions();
        List<String> image = options(DeployFiles.text("Dockerfile"), "JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
        List<String> unit = options(DeployFiles.text("systemd/wenda.service"), "ExecStart=(.*)");
        for (String option : launcher) {
            assertTrue(image.contains(option), "Dockerfile lacks " + option);
            assertTrue(unit.contains(option), "wenda.service lacks " + option);
        }
        for (List<String> other : List.of(image, unit)) {
            assertTrue(
                    other.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC") && !launcher.contains(o)),
                    other::toString);
        }
    }

    private static List<String> launcherServeOptions() throws IOException {
        String launcher = Files.readString(Path.of("..", "wenda"));
        Matcher serve = SERVE_CASE.matcher(launcher);
        assertTrue(serve.find(), "the launcher has no serve) case");
        List<String> options = new ArrayList<>();
        Matcher array = ARRAY.matcher(serve.group(1));
        while (array.find()) {
            options.addAll(Arrays.asList(array.group(1).trim().split("\\s+")));
        }
        return options;
    }

    private static List<String> options(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
