package dev.wenda.bot.web;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts: no script, colours from the style sheet's classes, a {@code <title>}
 * for screen readers. Every label is escaped.
 */
final class Charts {
    private Charts() {}

    /** A labelled value between 0 and 1, with the text shown after its bar. */
    record Bar(String label, double share, String shown) {}

    /** Horizontal bars, one row each (accuracy by topic). */
    static String bars(String title, List<Bar> bars) {
        int rowHeight = 28;
        int height = Math.max(1, bars.size()) * rowHeight + 4;
        StringBuilder b = open(title, 600, height, "chart bars");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * rowHeight + 4;
            double width = 300 * clamp(bar.share());
            b.append("<text class=\"label\" x=\"0\" y=\"")
                    .append(y + 17)
                    .append("\">")
                    .append(Html.escape(shorten(bar.label(), 18)))
                    .append("</text>");
            b.append("<rect class=\"track\" x=\"200\" y=\"").append(y + 3).append("\" width=\"300\" height=\"18\"/>");
            b.append("<rect class=\"bar\" x=\"200\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(num(width))
                    .append("\" height=\"18\"/>");
            b.append("<text class=\"value\" x=\"510\" y=\"")
                    .append(y + 17)
                    .append("\">")
                    .append(Html.escape(bar.shown()))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /** Columns of counts, one per day, with the first and last day under the axis. */
    static String columns(String title, List<Integer> counts, String firstLabel, String lastLabel) {
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        int width = 600;
        int plot = 140;
        double step = (double) width / Math.max(1, counts.size());
        StringBuilder b = open(title, width, plot + 24, "chart columns");
        b.append("<line class=\"axis\" x1=\"0\" y1=\"")
                .append(plot)
                .append("\" x2=\"")
                .append(width)
                .append("\" y2=\"")
                .append(plot)
                .append("\"/>");
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            if (n == 0) {
                continue;
            }
            double h = (double) plot * n / max;
            b.append("<rect class=\"bar\" x=\"")
                    .append(num(i * step + 1))
                    .append("\" y=\"")
                    .append(num(plot - h))
                    .append("\" width=\"")
                    .append(num(Math.max(1, step - 2)))
                    .append("\" height=\"")
                    .append(num(h))
                    .append("\"><title>")
                    .append(n)
                    .append("</title></rect>");
        }
        b.append("<text class=\"label\" x=\"0\" y=\"")
                .append(plot + 18)
                .append("\">")
                .append(Html.escape(firstLabel))
                .append("</text>");
        b.append("<text class=\"label end\" x=\"")
                .append(width)
                .append("\" y=\"")
                .append(plot + 18)
                .append("\" text-anchor=\"end\">")
                .append(Html.escape(lastLabel))
                .append("</text>");
        return b.append("</svg>").toString();
    }

    /** A line through shares between 0 and 1 (accuracy per week); empty points are skipped. */
    static String line(String title, List<Bar> points) {
        int width = 600;
        int plot = 140;
        double step = points.size() <= 1 ? 0 : (double) (width - 40) / (points.size() - 1);
        StringBuilder b = open(title, width, plot + 24, "chart line");
        b.append("<line class=\"axis\" x1=\"0\" y1=\"")
                .append(plot)
                .append("\" x2=\"")
                .append(width)
                .append("\" y2=\"")
                .append(plot)
                .append("\"/>");
        b.append("<line class=\"grid\" x1=\"0\" y1=\"")
                .append(plot / 2)
                .append("\" x2=\"")
                .append(width)
                .append("\" y2=\"")
                .append(plot / 2)
                .append("\"/>");
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Bar p = points.get(i);
            if (p.shown().isEmpty()) {
                continue;
            }
            String x = num(20 + i * step);
            String y = num(plot - 4 - (plot - 8) * clamp(p.share()));
            path.append(path.isEmpty() ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle class=\"dot\" cx=\"")
                    .append(x)
                    .append("\" cy=\"")
                    .append(y)
                    .append("\" r=\"4\"><title>")
                    .append(Html.escape(p.label() + ": " + p.shown()))
                    .append("</title></circle>");
        }
        if (!path.isEmpty()) {
            b.append("<polyline class=\"trend\" points=\"").append(path).append("\"/>");
        }
        b.append(dots);
        if (!points.isEmpty()) {
            b.append("<text class=\"label\" x=\"0\" y=\"")
                    .append(plot + 18)
                    .append("\">")
                    .append(Html.escape(points.getFirst().label()))
                    .append("</text>");
            b.append("<text class=\"label\" x=\"")
                    .append(width)
                    .append("\" y=\"")
                    .append(plot + 18)
                    .append("\" text-anchor=\"end\">")
                    .append(Html.escape(points.getLast().label()))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height, String cls) {
        return new StringBuilder(2048)
                .append("<svg class=\"")
                .append(cls)
                .append("\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(Html.escape(title))
                .append("</title>");
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
