package dev.wenda.bot.cli;

import dev.wenda.bot.calc.CalcInputException;
import dev.wenda.bot.calc.CalcQuery;
import dev.wenda.bot.calc.CalcReport;
import dev.wenda.bot.calc.CalcSyntax;
import dev.wenda.bot.calc.Layer;
import dev.wenda.bot.calc.LayerJson;
import dev.wenda.bot.calc.Shape;
import dev.wenda.bot.chat.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wenda calc}: receptive field, output sizes, params and MACs. Exit code 2 for bad input. */
@Command(
        name = "calc",
        mixinStandardHelpOptions = true,
        description = "Receptive field, output size, params and MACs of conv layers and whole CNNs.",
        usageHelpWidth = 110,
        footer = {"", "Examples:", CalcSyntax.EXAMPLES, "", CalcSyntax.LAYERS, ""},
        subcommands = {CalcCommand.Rf.class, CalcCommand.Conv.class, CalcCommand.Compare.class, CalcCommand.Net.class})
public final class CalcCommand implements Runnable {
    @ParentCommand
    Main root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every calc subcommand has. */
    static class Common {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Option(
                names = "--lang",
                defaultValue = "zh",
                converter = LanguageConverter.class,
                description = "Language of the explanation: zh or en (default: ${DEFAULT-VALUE}).")
        Messages lang;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @ParentCommand
        CalcCommand calc;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Messages language() {
            return lang;
        }

        /** Computes and prints; bad input is one line on stderr and exit code 2. */
        int print(Computation computation) {
            try {
                CalcReport report = calc.root.calc().calculator().evaluate(computation.query());
                if (json) {
                    out().print(calc.root.calc().json().render(report));
                } else {
                    out().print(text(report));
                }
                after(report);
                out().flush();
                return 0;
            } catch (CalcInputException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
        }

        String text(CalcReport report) {
            return calc.root.calc().text().render(report, language()).plain();
        }

        void after(CalcReport report) {}

        Optional<Shape> input(String text) {
            return text == null
                    ? Optional.empty()
                    : Optional.of(calc.root.calc().syntax().input(text));
        }

        List<Layer> layers(List<String> tokens) {
            return calc.root.calc().syntax().parse(tokens);
        }
    }

    /** Builds the query; may throw {@link CalcInputException}. */
    @FunctionalInterface
    interface Computation {
        CalcQuery query();
    }

    @Command(
            name = "rf",
            usageHelpWidth = 110,
            footer = {"", CalcSyntax.LAYERS, ""},
            description = "Receptive field, jump and effective padding of a stack, e.g. rf 3x3s1 3x3s1 pool2s2 3x3d2.")
    static final class Rf extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "LAYER", arity = "1..*", description = "Layers such as 3x3s1, pool2s2, 3x3d2.")
        List<String> tokens = new ArrayList<>();

        @Option(
                names = {"--input", "-i"},
                paramLabel = "SIZE",
                description = "Input size (224, 224x320) for output sizes.")
        String input;

        @Option(names = "--png", paramLabel = "FILE", description = "Also draw the receptive field growth into FILE.")
        Path png;

        @Override
        public Integer call() {
            return print(() -> new CalcQuery.Rf(layers(tokens), input(input).orElse(Shape.unknown())));
        }

        @Override
        void after(CalcReport report) {
            if (png == null) {
                return;
            }
            byte[] bytes = calc.root.calc().painter().png(((CalcReport.Rf) report).analysis());
            try {
                Files.write(png, bytes);
            } catch (IOException e) {
                throw new CalcInputException("cannot write " + png + ": " + e.getMessage());
            }
            if (!json) {
                out().println("Picture: " + png);
            }
        }
    }

    @Command(
            name = "conv",
            usageHelpWidth = 110,
            footer = {"", CalcSyntax.LAYERS, ""},
            description = "Params and MACs of layers on an input, e.g. conv 24x24x3 3x3x128.")
    static final class Conv extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INPUT", description = "Input as H x W x C, e.g. 24x24x3.")
        String input;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "LAYER", description = "Layers, e.g. 3x3x128s2 bn.")
        List<String> tokens = new ArrayList<>();

        @Override
        public Integer call() {
            return print(() -> new CalcQuery.Count(input(input).orElseThrow(), layers(tokens)));
        }
    }

    @Command(
            name = "compare",
            usageHelpWidth = 110,
            footer = {"", CalcSyntax.LAYERS, ""},
            description = "Compare stacks on one input, e.g. compare --input 24x24x128 \"3x3x128\" \"1x1x64,3x3x128\".")
    static final class Compare extends Common implements Callable<Integer> {
        @Option(
                names = {"--input", "-i"},
                required = true,
                paramLabel = "HxWxC",
                description = "Input, e.g. 24x24x128.")
        String input;

        @Parameters(paramLabel = "STACK", arity = "2..*", description = "Comma-separated layer stacks.")
        List<String> stacks = new ArrayList<>();

        @Override
        public Integer call() {
            return print(() -> {
                List<CalcQuery.Candidate> candidates = new ArrayList<>();
                for (String s : stacks) {
                    candidates.add(new CalcQuery.Candidate(s, layers(List.of(s))));
                }
                return new CalcQuery.Compare(input(input).orElseThrow(), candidates);
            });
        }
    }

    @Command(
            name = "net",
            usageHelpWidth = 110,
            footer = {"", CalcSyntax.LAYERS, ""},
            description = "A whole network: params, MACs and receptive field, e.g. net vgg16.")
    static final class Net extends Common implements Callable<Integer> {
        @Parameters(
                arity = "0..1",
                paramLabel = "NAME",
                description = "vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2.")
        String name;

        @Option(names = "--layers", paramLabel = "FILE", description = "Read the network from a JSON layer file.")
        Path file;

        @Option(
                names = {"--input", "-i"},
                paramLabel = "SIZE",
                description = "Another input size, e.g. 320.")
        String input;

        @Option(
                names = {"--per-layer", "-v"},
                description = "Also print the per-layer table.")
        boolean perLayer;

        @Override
        public Integer call() {
            return print(() -> new CalcQuery.Net(network(), input(input)));
        }

        /** The largest layer file read: a thousand layers take about 100 KB. */
        private static final int MAX_LAYER_FILE = 1024 * 1024;

        private LayerJson.Network network() {
            if ((name == null) == (file == null)) {
                throw new CalcInputException("give either a network name or --layers FILE.json");
            }
            if (name != null) {
                return calc.root.calc().catalog().get(name);
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    throw new CalcInputException("not a regular file: " + file);
                }
                if (attributes.size() > MAX_LAYER_FILE) {
                    throw new CalcInputException(
                            file + " is " + attributes.size() + " bytes; a layer file may have " + MAX_LAYER_FILE);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] bytes = in.readNBytes(MAX_LAYER_FILE + 1);
                    if (bytes.length > MAX_LAYER_FILE) {
                        throw new CalcInputException(file + " grew past " + MAX_LAYER_FILE + " bytes while read");
                    }
                    return new LayerJson().read(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (NoSuchFileException e) {
                throw new CalcInputException("no such file: " + file);
            } catch (IOException e) {
                throw new CalcInputException("cannot read " + file + ": " + e.getMessage());
            }
        }

        @Override
        String text(CalcReport report) {
            return calc.root
                    .calc()
                    .text()
                    .net((CalcReport.Net) report, perLayer, language())
                    .plain();
        }
    }
}
