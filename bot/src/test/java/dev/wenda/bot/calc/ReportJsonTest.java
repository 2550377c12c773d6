package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private final Calc calc = new Calc();

    private JsonNode json(String expression) throws Exception {
        CalcReport report = ((Calc.Outcome.Computed) calc.run(expression)).report();
        return new ObjectMapper().readTree(calc.json().render(report));
    }

    @Test
    @DisplayName("net JSON has the totals and a per-layer list with the same fields")
    void net_fields() throws Exception {
        JsonNode n = json("net vgg16");
        assertEquals(138_357_544L, n.get("params").asLong());
        assertEquals(15_470_264_320L, n.get("macs").asLong());
        assertEquals(30_940_528_640L, n.get("flops").asLong());
        assertEquals(212, n.get("receptive_field").asInt());
        assertEquals(32, n.get("effective_stride").asInt());
        assertEquals(90, n.get("effective_padding").asInt());
        assertEquals("[1000,1,1]", n.get("output_size").toString());
        JsonNode first = n.get("layers").get(0);
        assertEquals(
                "{\"id\":\"1\",\"layer\":\"features.0\",\"output_size\":[64,224,224],\"params\":1792,"
                        + "\"macs\":86704128,\"receptive_field\":3,\"effective_stride\":1,\"effective_padding\":1,"
                        + "\"formula\":\"params = 3·3·3·64 + 64 (bias) = 1,792; MACs = 224·224·3·3·3·64 = 86,704,128\"}",
                first.toString());
        JsonNode fc = n.get("layers").get(n.get("layers").size() - 1);
        assertEquals("null", fc.get("receptive_field").toString());
    }

    @Test
    @DisplayName("rf JSON without an input has nulls where sizes are unknown")
    void rf_unknownSizes() throws Exception {
        JsonNode n = json("rf 3x3 3x3");
        assertEquals(5, n.get("receptive_field").asInt());
        assertEquals("[null,null,null]", n.get("output_size").toString());
        assertEquals("null", n.get("params").toString());
    }
}
