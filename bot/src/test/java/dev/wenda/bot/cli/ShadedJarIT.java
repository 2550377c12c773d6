package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What ships in {@code bot/target/wenda.jar}, the jar the image runs (built on Linux, for its own architecture). */
class ShadedJarIT {
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    private final Path jar = Path.of(System.getProperty("wenda.jar", "target/wenda.jar"));

    private List<String> entries() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    private static List<String> natives(List<String> entries) {
        return entries.stream()
                .filter(name -> name.matches(".*\\.(so|dll|dylib|jnilib|a|pdb)$"))
                .sorted()
                .toList();
    }

    @Test
    @DisplayName("the jar built on Linux is at most 100 MiB and carries only the natives of its own architecture")
    void linuxJar_carriesOnlyItsOwnNatives() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "built on Linux only");
        assertTrue(Files.size(jar) <= MAX_BYTES, () -> jar + " has " + sizeOf(jar) + " bytes");
        List<String> expected =
                switch (System.getProperty("os.arch")) {
                    case "amd64" ->
                        List.of(
                                "ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                                "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so",
                                "com/sun/jna/linux-x86-64/libjnidispatch.so",
                                "native/lib/linux-x86_64/cpu/libtokenizers.so");
                    case "aarch64" ->
                        List.of(
                                "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so",
                                "ai/onnxruntime/native/linux-aarch64/libonnxruntime4j_jni.so",
                                "com/sun/jna/linux-aarch64/libjnidispatch.so",
                                "native/lib/linux-aarch64/cpu/libtokenizers.so");
                    default -> throw new IllegalStateException("no natives for " + System.getProperty("os.arch"));
                };
        assertEquals(expected, natives(entries()));
    }

    @Test
    @DisplayName("the jar holds no voice encryption, no test-only WebSocket server and no duplicate websocket API")
    void jar_leavesOutWhatTheBotNeverRuns() throws IOException {
        List<String> entries = entries();
        for (String prefix : List.of(
                "com/google/crypto/tink/", "com/google/protobuf/", "org/java_websocket/", "META-INF/INDEX.LIST")) {
            assertTrue(entries.stream().noneMatch(name -> name.startsWith(prefix)), () -> prefix + " is in " + jar);
        }
        assertTrue(entries.contains("javax/websocket/ClientEndpoint.class"), "tyrus' copy of the websocket API");
        assertTrue(entries.contains("META-INF/LICENSE"), "the dependencies' licence texts");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
