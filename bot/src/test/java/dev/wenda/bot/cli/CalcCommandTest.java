package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CalcCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    @DisplayName("calc net vgg16 prints params, MACs, FLOPs and RF, humanized with the exact integer beside")
    void net_vgg16_table() {
        assertEquals(0, run("calc", "net", "vgg16", "--lang", "en"));
        assertTrue(
                out.toString()
                        .startsWith(String.join(
                                "\n",
                                "VGG16, input 224x224x3 — torchvision.models.vgg16 (no BatchNorm)",
                                "",
                                "quantity              value  exact",
                                "params             138.36 M  138,357,544",
                                "MACs                15.47 G  15,470,264,320",
                                "FLOPs (2·MACs)      30.94 G  30,940,528,640",
                                "receptive field         212  at features.30",
                                "effective stride         32",
                                "effective padding        90",
                                "output             1x1x1000",
                                "")),
                out.toString());
        assertTrue(
                out.toString()
                        .endsWith("VGG16 on a 224x224x3 input has 138,357,544 params and 15.47 G (15,470,264,320) MACs,"
                                + " receptive field 212 at features.30.\n"),
                out.toString());
    }

    @Test
    @DisplayName("calc net --layers FILE --json reads the layer format and writes the JSON report")
    void net_layersFile_json(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, """
                {"input": [3, 32, 32], "layers": [
                  {"type": "conv", "in_channels": 3, "out_channels": 8, "kernel": 3, "padding": "SAME", "batchnorm": true},
                  {"type": "maxpool", "kernel": 2, "stride": 2},
                  {"type": "conv", "out_channels": 16, "kernel": 3, "padding": "VALID", "bias": false},
                  {"type": "adaptive_avgpool", "output_size": [1, 1]},
                  {"type": "linear", "in_features": 16, "out_features": 10}]}
                """);
        assertEquals(0, run("calc", "net", "--layers", file.toString(), "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        // conv1: 3·3·3·8 + 8 + 2·8 = 240; conv2: 3·3·8·16 = 1,152; fc: 16·10 + 10 = 170
        assertEquals(240 + 1152 + 170, n.get("params").asInt());
        // conv1: 32·32·3·3·3·8 = 221,184; conv2 on 16x16 VALID → 14x14: 14·14·8·9·16 = 225,792; fc 160
        assertEquals(221_184 + 225_792 + 160, n.get("macs").asInt());
        assertEquals(8, n.get("receptive_field").asInt());
        assertEquals(2, n.get("effective_stride").asInt());
        assertEquals(1, n.get("effective_padding").asInt());
        assertEquals("[10,1,1]", n.get("output_size").toString());
        assertEquals(5, n.get("layers").size());
        assertEquals("[16,14,14]", n.get("layers").get(2).get("output_size").toString());
    }

    @Test
    @DisplayName("calc rf --png writes the picture")
    void rf_png(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("rf.png");
        assertEquals(
                0, run("calc", "rf", "3x3s1", "3x3s1", "pool2s2", "3x3d2", "--input", "224", "--png", png.toString()));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertTrue(out.toString().contains("r = 1 + 2·1 + 2·1 + 1·1 + 4·2 = 14\n"), out.toString());
    }

    @Test
    @DisplayName("every subcommand takes --json")
    void everySubcommand_json() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String[][] commands = {
            {"calc", "rf", "3x3", "3x3", "--json"},
            {"calc", "conv", "24x24x3", "3x3x128", "--json"},
            {"calc", "compare", "--input", "24x24x128", "3x3x128", "1x1x64,3x3x128", "--json"},
            {"calc", "net", "alexnet", "--json"},
        };
        String[] names = {"rf", "conv", "compare", "net"};
        for (int i = 0; i < commands.length; i++) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(commands[i]));
            assertEquals(
                    names[i], mapper.readTree(out.toString()).get("command").asText());
        }
        JsonNode compare = mapper.readTree(
                runJson("calc", "compare", "--input", "24x24x128", "3x3x128", "1x1x64,3x3x128", "--json"));
        assertEquals(
                24L * 24 * 128 * 9 * 128,
                compare.get("stacks").get(0).get("macs").asLong());
        assertEquals(
                24L * 24 * 128 * 64 + 24L * 24 * 64 * 9 * 128,
                compare.get("stacks").get(1).get("macs").asLong());
    }

    private String runJson(String... args) {
        out.getBuffer().setLength(0);
        run(args);
        return out.toString();
    }

    @Test
    @DisplayName("bad input: exit code 2 and one line on stderr naming the bad part")
    void badInput_exitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run("calc", "rf", "0x0"));
        assertEquals(
                "error: layer '0x0': kernel must be >= 1, was 0\n",
                err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        assertEquals(2, run("calc", "conv", "24x24x3", "29x29x8p0"));
        assertEquals(
                "error: layer 1 (conv29x29 →8): kernel 29 is larger than its padded input 24\n",
                err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        assertEquals(
                2, run("calc", "net", "--layers", dir.resolve("missing.json").toString()));
        assertEquals(
                "error: no such file: " + dir.resolve("missing.json") + "\n",
                err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        assertEquals(2, run("calc", "net", "--layers", "/dev/zero"));
        assertEquals("error: not a regular file: /dev/zero\n", err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        java.nio.file.Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals(2, run("calc", "net", "--layers", big.toString()));
        assertEquals(
                "error: " + big + " is 52428800 bytes; a layer file may have 1048576\n",
                err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        assertEquals(2, run("calc", "net"));
        assertEquals(
                "error: give either a network name or --layers FILE.json\n",
                err.toString().replace("\r", ""));
    }

    @Test
    @DisplayName("calc --help and calc rf --help show the layer syntax")
    void help_showsSyntax() {
        assertEquals(0, run("calc", "--help"));
        assertTrue(out.toString().contains("\nExamples:\nrf 3x3 3x3 3x3 "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("calc", "rf", "--help"));
        assertTrue(
                out.toString().contains("\nOptions right after a layer, no spaces: s2 or /2 stride"), out.toString());
    }
}
