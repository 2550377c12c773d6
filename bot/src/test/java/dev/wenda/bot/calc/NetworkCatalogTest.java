package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkCatalogTest {
    private final NetworkCatalog catalog = new NetworkCatalog();
    private final Analyzer analyzer = new Analyzer();

    private StackAnalysis analyse(String name) {
        LayerJson.Network net = catalog.get(name);
        return analyzer.analyze(net.layers(), net.input());
    }

    @ParameterizedTest(name = "{0}: {1} params, {2} MACs, RF {3} at {4}")
    @CsvSource({
        // public references: torchvision parameter counts; MACs of convs and fc layers at 224x224
        "vgg16,        138357544, 15470264320, 212, features.30",
        "alexnet,      61100840,  714188480,   195, features.12",
        "resnet18,     11689512,  1814073344,  435, layer4.1",
        "resnet50,     25557032,  4089184256,  427, layer4.2",
        "mobilenet_v1, 4231976,   568740352,   315, conv_pw_13",
        "mobilenet_v2, 3504872,   300774272,   491, features.18",
    })
    @DisplayName("the named networks match the public params and MACs exactly")
    void namedNetworks_matchReferences(String name, long params, long macs, long rf, String rfAt) {
        StackAnalysis a = analyse(name);
        assertEquals(Optional.of(BigInteger.valueOf(params)), a.params());
        assertEquals(Optional.of(BigInteger.valueOf(macs)), a.macs());
        assertEquals(OptionalLong.of(rf), a.receptiveField());
        assertEquals(OptionalLong.of(32), a.effectiveStride());
        String label = a.layers().stream()
                .filter(l -> l.id().equals(a.rfLayer().orElseThrow()))
                .reduce((x, y) -> y)
                .orElseThrow()
                .label();
        assertEquals(rfAt, label);
        assertEquals(Shape.of(1, 1, 1000), a.output());
    }

    @ParameterizedTest
    @CsvSource({"VGG-16, vgg16", "ResNet 50, resnet50", "mobilenetv2, mobilenet_v2", "MobileNet, mobilenet_v1"})
    @DisplayName("network names are recognised in the usual spellings")
    void canonical_acceptsSpellings(String spelled, String name) {
        assertEquals(Optional.of(name), NetworkCatalog.canonical(spelled));
    }

    @org.junit.jupiter.api.Test
    void get_unknownNetwork_namesTheKnownOnes() {
        CalcInputException e =
                org.junit.jupiter.api.Assertions.assertThrows(CalcInputException.class, () -> catalog.get("resnet101"));
        assertEquals(
                "unknown network \"resnet101\" (known: vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2)",
                e.getMessage());
        assertEquals(
                List.of("vgg16", "alexnet", "resnet18", "resnet50", "mobilenet_v1", "mobilenet_v2"), catalog.names());
    }

    @org.junit.jupiter.api.Test
    @DisplayName(
            "VGG16 on a 320 input keeps its params; MACs grow with the area (the fc layers see the 7x7 adaptive pool)")
    void vgg16_otherInput_sameParams() {
        LayerJson.Network net = catalog.get("vgg16");
        StackAnalysis a = analyzer.analyze(net.layers(), Shape.of(320, 320, 3));
        assertEquals(Optional.of(BigInteger.valueOf(138_357_544)), a.params());
        assertEquals(Shape.of(1, 1, 1000), a.output());
    }
}
