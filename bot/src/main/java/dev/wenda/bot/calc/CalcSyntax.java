package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Messages;

/**
 * The user-facing description of the calc syntax, shown by {@code wenda calc --help} and
 * {@code /calc help}. The texts are compile-time constants so picocli can use them as help footers.
 */
public final class CalcSyntax {
    private CalcSyntax() {}

    /** Examples of every subcommand, one per line. */
    public static final String EXAMPLES = ""
            + "rf 3x3 3x3 3x3                          receptive field of three stacked 3x3 convs (7)\n"
            + "rf 3x3s1 3x3s1 pool2s2 3x3d2 --input 224  with output sizes and effective padding\n"
            + "rf 7x7s2p3 maxpool3s2p1 3x3same         explicit padding p3, TF SAME\n"
            + "conv 24x24x3 3x3x128                    params and MACs of one conv on a 24x24x3 input\n"
            + "conv 56x56x64 3x3x128s2 nobias bn       stride 2, no bias, BatchNorm after it\n"
            + "conv 56x56x128 3x3x128g32 3x3dw sep3x3x256   grouped, depthwise, depthwise-separable\n"
            + "conv c64 3x3x128                        params only (64 input channels, size unknown)\n"
            + "compare --input 24x24x128 \"3x3x128\" \"1x1x64,3x3x128\"   stacks side by side\n"
            + "net vgg16                               vgg16 alexnet resnet18 resnet50 mobilenet_v1 mobilenet_v2\n"
            + "net resnet50 --input 320                another input size\n"
            + "add --json to any of them for JSON output";

    /** The layer tokens and their options. */
    public static final String LAYERS = ""
            + "Layers (separate with spaces, or commas inside one quoted stack; 3*3 and 3×3 work too):\n"
            + "  KxK[xC]   conv with a K x K kernel and C output channels, e.g. 3x3x128\n"
            + "  dwKxK     depthwise conv (same as KxKdw); sepKxKxC depthwise KxK then 1x1 to C channels\n"
            + "  poolK / maxpoolK / avgpoolK   pooling, stride K unless given; gap = global average pool\n"
            + "  fcN       fully connected layer to N features;  bn  a BatchNorm layer\n"
            + "Options right after a layer, no spaces: s2 or /2 stride, p1 padding, same / valid (TF),\n"
            + "  d2 dilation, g32 groups, dw depthwise, bn BatchNorm after the conv (drops the bias),\n"
            + "  nobias / bias, ceil (pool ceil mode).\n"
            + "Defaults: convs are padded (k−1)·d/2 per side (keeps the size at stride 1, as in VGG/ResNet),\n"
            + "  have a bias unless followed by bn; pools are not padded. Inputs are H x W x C (24x24x3),\n"
            + "  224 for a square size, or c64 for channels only. Layer files (--layers FILE.json,\n"
            + "  [C,H,W] input) use PyTorch defaults instead: padding 0.\n"
            + "Limits: sizes and channels up to 1,000,000,000; at most " + Analyzer.MAX_LAYERS
            + " layers; pictures up to " + RfPainter.MAX_ROWS + " layers.";

    /** Examples, layer syntax and the counting convention together. */
    public static String help() {
        return "Examples:\n" + EXAMPLES + "\n\n" + LAYERS + "\n\n" + ReportText.convention(Messages.EN) + "\n";
    }
}
