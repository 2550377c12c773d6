package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BgeEmbedderTest {
    @Test
    void loadedModel_leavesTheTokenizerLibraryOfflineAndWithoutTelemetry() {
        RealBank.hybrid(); // loads the model
        assertTrue(Utils.isOfflineMode(), "DJL offline mode");
        assertEquals("true", Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING"));
    }

    @Test
    void embedQuery_givesUnitVectorsOfTheModelsDimension() {
        float[] v = new BgeEmbedder(Runnable::run, false).embedQuery("感受野是什么");
        assertEquals(512, v.length);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-4);
    }

    @Test
    void model_loadsInAJvmWhoseCommandLineIsLongerThanOnnxRuntimesTelemetryCanParseOnAnOrdinaryStack()
            throws IOException, InterruptedException {
        // 20 KB of command line overflowed a 1 MiB stack in ONNX Runtime's telemetry start-up: the
        // JVM died of SIGSEGV (exit 139) before the model loaded.
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoadModel.class.getName(),
                        "x".repeat(20_000))
                .redirectErrorStream(true);
        child.environment().remove("ORT_DISABLE_TELEMETRY");
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.lines().anyMatch("query vector of 512 floats"::equals), output);
    }

    /** Loads the model and embeds one query, in a JVM of its own. */
    public static final class LoadModel {
        public static void main(String[] args) {
            float[] v = new BgeEmbedder(Runnable::run, false).embedQuery("感受野是什么");
            System.out.println("query vector of " + v.length + " floats");
        }
    }
}
