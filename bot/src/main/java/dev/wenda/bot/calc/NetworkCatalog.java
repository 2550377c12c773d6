package dev.wenda.bot.calc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The named networks, stored as layer files (the {@code --layers} format) in this package's
 * {@code nets/} resources. A missing bundled file fails loudly.
 */
public final class NetworkCatalog {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("vgg16", "vgg16.json");
        FILES.put("alexnet", "alexnet.json");
        FILES.put("resnet18", "resnet18.json");
        FILES.put("resnet50", "resnet50.json");
        FILES.put("mobilenet_v1", "mobilenet_v1.json");
        FILES.put("mobilenet_v2", "mobilenet_v2.json");
    }

    private final LayerJson reader = new LayerJson();
    private final Map<String, LayerJson.Network> loaded = new LinkedHashMap<>();

    /** The canonical names: vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2. */
    public List<String> names() {
        return List.copyOf(FILES.keySet());
    }

    /**
     * The canonical name for a user's spelling ("VGG-16", "ResNet 50", "mobilenetv2", "MobileNet"
     * for v1), or empty when it names none of the networks.
     */
    public static Optional<String> canonical(String spelled) {
        String s = spelled.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return switch (s) {
            case "vgg16", "vgg" -> Optional.of("vgg16");
            case "alexnet" -> Optional.of("alexnet");
            case "resnet18" -> Optional.of("resnet18");
            case "resnet50" -> Optional.of("resnet50");
            case "mobilenet", "mobilenetv1", "mobilenet1" -> Optional.of("mobilenet_v1");
            case "mobilenetv2", "mobilenet2" -> Optional.of("mobilenet_v2");
            default -> Optional.empty();
        };
    }

    /** The network by any accepted spelling; a {@link CalcInputException} names the known ones. */
    public synchronized LayerJson.Network get(String spelled) {
        String name = canonical(spelled)
                .orElseThrow(() -> new CalcInputException(
                        "unknown network \"" + spelled + "\" (known: " + String.join(", ", names()) + ")"));
        return loaded.computeIfAbsent(name, n -> reader.read(resource(FILES.get(n))));
    }

    private static String resource(String file) {
        try (InputStream in = NetworkCatalog.class.getResourceAsStream("nets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled network file missing: nets/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled network nets/" + file, e);
        }
    }
}
