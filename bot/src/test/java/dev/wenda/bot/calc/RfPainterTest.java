package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RfPainterTest {
    private final Analyzer analyzer = new Analyzer();
    private final LayerSyntax syntax = new LayerSyntax();
    private final RfPainter painter = new RfPainter();

    @Test
    @DisplayName("the picture has one row per layer plus the input, with wider bars for larger fields")
    void png_rowsAndBars() throws Exception {
        System.setProperty("java.awt.headless", "true");
        StackAnalysis a = analyzer.analyze(syntax.parse(List.of("3x3", "3x3", "pool2s2", "3x3d2")), Shape.unknown());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.png(a)));
        assertEquals(760, image.getWidth());
        assertEquals(44 + 5 * 26 + 24, image.getHeight());
        // Bars are scaled to the widest field (14 input pixels → 420 px, so 1 → 30 px), plus the
        // closing grid line one pixel to the right.
        assertEquals(31, barWidth(image, 0));
        assertEquals(91, barWidth(image, 1));
        assertEquals(420, barWidth(image, 4)); // fills the whole drawing area [200, 620)
    }

    private static int barWidth(BufferedImage image, int row) {
        int y = 44 + row * 26 + 13;
        int width = 0;
        for (int x = 200; x < 620; x++) {
            if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                width++;
            }
        }
        return width;
    }

    @Test
    @DisplayName("more than 64 layers are not drawn")
    void png_tooManyLayers() {
        StackAnalysis a = analyzer.analyze(syntax.parse(Collections.nCopies(64, "3x3")), Shape.unknown());
        assertFalse(RfPainter.drawable(a));
        assertEquals(
                "can draw at most 64 layers, this stack has 64",
                assertThrows(CalcInputException.class, () -> painter.png(a)).getMessage());
    }
}
