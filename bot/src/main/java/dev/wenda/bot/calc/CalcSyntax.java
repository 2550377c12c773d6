package dev.wenda.bot.calc;

/** The user-facing description of the calc syntax, shown by {@code wenda calc --help} and {@code /calc help}. */
public final class CalcSyntax {
    private CalcSyntax() {}

    /** Examples of every subcommand, one per line. */
    public static final String EXAMPLES = String.join(
            "\n",
            "rf 3x3 3x3 3x3                          receptive field of three stacked 3x3 convs (7)",
            "rf 3x3s1 3x3s1 pool2s2 3x3d2 --input 224  with output sizes and effective padding",
            "rf 7x7s2p3 maxpool3s2p1 3x3same         explicit padding p3, TF SAME",
            "conv 24x24x3 3x3x128                    params and MACs of one conv on a 24x24x3 input",
            "conv 56x56x64 3x3x128s2 nobias bn       stride 2, no bias, BatchNorm after it",
            "conv 56x56x128 3x3x128g32 3x3dw sep3x3x256   grouped, depthwise, depthwise-separable",
            "compare --input 24x24x128 \"3x3x128\" \"1x1x64,3x3x128\"   stacks side by side",
            "net vgg16                               vgg16 alexnet resnet18 resnet50 mobilenet_v1 mobilenet_v2",
            "net resnet50 --input 320                another input size",
            "add --json to any of them for JSON output");

    /** The layer tokens and their options. */
    public static final String LAYERS = String.join(
            "\n",
            "Layers (separate with spaces, or commas inside one quoted stack; 3*3 and 3×3 work too):",
            "  KxK[xC]   conv with a K x K kernel and C output channels, e.g. 3x3x128",
            "  dwKxK     depthwise conv (same as KxKdw); sepKxKxC depthwise KxK then 1x1 to C channels",
            "  poolK / maxpoolK / avgpoolK   pooling, stride K unless given; gap = global average pool",
            "  fcN       fully connected layer to N features;  bn  a BatchNorm layer",
            "Options right after a layer, no spaces: s2 or /2 stride, p1 padding, same / valid (TF),",
            "  d2 dilation, g32 groups, dw depthwise, bn BatchNorm after the conv (drops the bias),",
            "  nobias / bias, ceil (pool ceil mode).",
            "Defaults: convs are padded (k−1)·d/2 per side (keeps the size at stride 1, as in VGG/ResNet),",
            "  have a bias unless followed by bn; pools are not padded. Inputs are H x W x C (24x24x3),",
            "  or just 224 for a square size. Layer files (--layers FILE.json, [C,H,W] input) use PyTorch",
            "  defaults instead: padding 0.",
            "Limits: sizes and channels up to 1,000,000,000; at most " + Analyzer.MAX_LAYERS
                    + " layers; pictures up to " + RfPainter.MAX_ROWS + " layers.");

    /** Examples and layer syntax together. */
    public static String help() {
        return "Examples:\n" + EXAMPLES + "\n\n" + LAYERS + "\n\n" + ReportText.convention(Lang.EN) + "\n";
    }
}
