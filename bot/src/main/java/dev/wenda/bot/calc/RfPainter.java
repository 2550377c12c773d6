package dev.wenda.bot.calc;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws how the receptive field grows layer by layer: one row per layer, a bar as wide as the
 * input window one output position sees, with the input-pixel grid when it is small enough to
 * show. Java2D on an off-screen image, so it runs headless (callers set
 * {@code java.awt.headless=true} on servers).
 */
public final class RfPainter {
    /** The most rows one picture has. */
    public static final int MAX_ROWS = 64;

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 200;
    private static final int VALUE_WIDTH = 120;
    private static final int ROW = 26;
    private static final int TOP = 44;
    private static final Color BAR = new Color(0x4C78A8);
    private static final Color GRID = new Color(0xDDDDDD);

    private record Row(String label, long rf, long jump) {}

    /** Whether {@link #png} accepts this analysis. */
    public static boolean drawable(StackAnalysis a) {
        return rows(a).size() <= MAX_ROWS && a.receptiveField().isPresent();
    }

    /** The picture as PNG bytes; a {@link CalcInputException} when there are too many rows. */
    public byte[] png(StackAnalysis a) {
        List<Row> rows = rows(a);
        if (a.receptiveField().isEmpty()) {
            throw new CalcInputException("nothing to draw: no layer has a local receptive field");
        }
        if (rows.size() > MAX_ROWS) {
            throw new CalcInputException(
                    "can draw at most " + MAX_ROWS + " layers, this stack has " + (rows.size() - 1));
        }
        long max = rows.stream().mapToLong(Row::rf).max().orElse(1);
        int height = TOP + rows.size() * ROW + 24;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString("Receptive field, layer by layer (input pixels)", 12, 24);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
            int area = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 20;
            double scale = (double) area / max;
            int centre = LABEL_WIDTH + area / 2;
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                int y = TOP + i * ROW;
                g.setColor(Color.DARK_GRAY);
                g.drawString(clip(r.label()), 12, y + 16);
                int w = (int) Math.max(2, Math.round(r.rf() * scale));
                g.setColor(BAR);
                g.fillRect(centre - w / 2, y + 4, w, ROW - 8);
                if (max <= 64) {
                    g.setColor(GRID);
                    g.setStroke(new BasicStroke(1f));
                    for (long p = 0; p <= r.rf(); p++) {
                        int x = centre - w / 2 + (int) Math.round(p * scale);
                        g.drawLine(x, y + 4, x, y + ROW - 5);
                    }
                }
                g.setColor(Color.BLACK);
                g.drawString("RF " + r.rf() + ", j " + r.jump(), WIDTH - VALUE_WIDTH - 8, y + 16);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the PNG", e);
        }
        return out.toByteArray();
    }

    private static List<Row> rows(StackAnalysis a) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("input", 1, 1));
        for (LayerStats s : a.layers()) {
            if (s.receptiveField().isPresent()) {
                rows.add(new Row(
                        s.id() + " " + s.label(),
                        s.receptiveField().getAsLong(),
                        s.jump().getAsLong()));
            }
        }
        return rows;
    }

    private static String clip(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25) + "…";
    }
}
