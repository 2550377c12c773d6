package dev.wenda.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.ask.Doubts;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.console.TerminalText;
import dev.wenda.content.QaEntry;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda ask [--json] [--mode M] [--community ID] QUESTION}: what the bank says about one question. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = "Ask the bank a question: its answer, a few candidates, or that it has no answer.")
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions options;

    @Option(names = "--json", description = "Print one JSON object: the eval line plus scores and the answer.")
    boolean json;

    @Option(
            names = "--lang",
            defaultValue = "zh",
            converter = LanguageConverter.class,
            description = "Language of the reply's own words: zh or en (default: ${DEFAULT-VALUE}, like the console).")
    Messages lang;

    @Option(
            names = "--community",
            paramLabel = "ID",
            description = "Answer from this community's bank: the bundled bank plus its own entries, less what it hid.")
    String community;

    @Mixin
    ConfigOption configuration;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question; several words are joined.")
    List<String> words;

    @Override
    public Integer call() throws JsonProcessingException {
        String question = String.join(" ", words);
        Wiring wiring;
        if (configuration.file != null) {
            // --config names the database the community banks come from; without it, the environment's.
            java.util.Optional<dev.wenda.bot.config.WendaConfig> config =
                    configuration.load(spec.commandLine().getErr());
            if (config.isEmpty()) {
                return ServeCommand.CONFIG_ERROR;
            }
            wiring = root.wiring(config.get());
        } else {
            wiring = root.wiring();
        }
        SearchService search = SearchCli.open(
                wiring, options.mode, options.inMemory, spec.commandLine().getErr());
        SearchOutcome outcome = community == null
                ? search.search(question, options.mode)
                : wiring.communitySearch(SearchCli.progress(spec.commandLine().getErr()))
                        .search(community, question, options.mode);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SearchJson.JSON.writeValueAsString(SearchJson.askLine(question, outcome)));
        } else {
            StringWriter text = new StringWriter();
            print(outcome, new PrintWriter(text), lang);
            out.print(TerminalText.strip(text.toString()));
        }
        out.flush();
        return 0;
    }

    private static void print(SearchOutcome outcome, PrintWriter out, Messages m) {
        switch (outcome) {
            case SearchOutcome.Answer a -> {
                QaEntry e = a.best().entry();
                out.println(m.text("cli.ask.question", e.question()));
                out.println();
                out.println(e.answer());
                out.println();
                out.println(m.text("cli.ask.ref", String.join(", ", a.best().refKeys())));
                if (!a.related().isEmpty()) {
                    out.println(m.text("cli.ask.related"));
                    a.related()
                            .forEach(h -> out.println("  - " + h.entry().question() + "  ["
                                    + h.refKeys().getFirst() + "]"));
                }
            }
            case SearchOutcome.Candidates c -> {
                Doubts.aspect(c, m, "cli.ask.aspect").ifPresent(out::println);
                out.println(m.text("ask.didYouMeanTitle"));
                int n = 1;
                for (Hit h : c.candidates()) {
                    out.println("  " + n++ + ". " + h.entry().question() + "  ["
                            + h.refKeys().getFirst() + "]");
                }
            }
            case SearchOutcome.Abstain a
            when a.silence() == SearchOutcome.Silence.CHAT -> {
                out.println(m.text("ask.chatTitle"));
                out.println(m.text("ask.chatBody"));
            }
            case SearchOutcome.Abstain a -> {
                out.println(m.text("cli.ask.noAnswer"));
                if (!a.topics().isEmpty()) {
                    out.println(m.text("cli.ask.covers", String.join(m.text("list.separator"), a.topics())));
                }
            }
        }
    }
}
