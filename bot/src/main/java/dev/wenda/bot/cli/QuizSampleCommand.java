package dev.wenda.bot.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.quiz.Kind;
import dev.wenda.bot.quiz.QuizSampler;
import dev.wenda.bot.quiz.SearchQuestionPool;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda quiz sample [--kinds K,…] [--seed N] [--json] [--lang zh|en]}: every question the
 * generator builds from the bank (one per entry and kind, 60 numeric ones), with search and the
 * embedding model as the bot uses them once its index is built. Entries skipped for a kind go to
 * stderr with the reason, so stdout stays one question per line (or block).
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Print every question the quiz can build from the bank, for review.")
final class QuizSampleCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTERS = "ABCDEFGHIJ";

    @ParentCommand
    QuizCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--kinds",
            defaultValue = "mixed",
            description = "Kinds: choice,reverse,numeric,flashcard (default: all).")
    String kinds;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the option shuffles and numeric problems (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "One JSON object per question.")
    boolean json;

    @Option(
            names = "--lang",
            defaultValue = "zh",
            converter = LanguageConverter.class,
            description = "Language of the numeric problems: zh or en (default: ${DEFAULT-VALUE}).")
    Messages lang;

    /** The JSON shape of one question; {@code entry} and each distractor are lists of refs. */
    record QuestionJson(
            String kind,
            List<String> entry,
            String prompt,
            List<String> options,
            @JsonProperty("answer_index") int answerIndex,
            String answer,
            @JsonProperty("distractor_entries") List<List<String>> distractorEntries) {}

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Set<Kind> wanted;
        try {
            wanted = Kind.parseList(kinds);
        } catch (Kind.UnknownKind e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Wiring wiring = parent.root.wiring();
        SearchService search = SearchCli.open(wiring, SearchMode.HYBRID, false, err);
        QuizSampler sampler = new QuizSampler(
                new SearchQuestionPool(search.entries(), () -> Optional.of(search)), wiring.numericQuestions());
        QuizSampler.Result result = sampler.sample(wanted, new SplittableRandom(seed), lang);
        for (QuizSampler.Sample s : result.samples()) {
            if (json) {
                out.println(JSON.writeValueAsString(new QuestionJson(
                        word(s.kind()),
                        s.entry(),
                        s.prompt(),
                        s.options(),
                        s.answerIndex(),
                        s.answer(),
                        s.distractors())));
            } else {
                text(s, out);
            }
        }
        for (QuizSampler.Skip skip : result.skips()) {
            err.println("skipped " + word(skip.kind()) + " " + String.join(",", skip.entry()) + ": " + skip.reason());
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void text(QuizSampler.Sample s, PrintWriter out) {
        out.println("[" + word(s.kind()) + "] " + String.join(",", s.entry()));
        out.println("  " + s.prompt());
        for (int i = 0; i < s.options().size(); i++) {
            String mark = i == s.answerIndex() ? "*" : " ";
            out.println("  " + mark + LETTERS.charAt(i) + ". " + s.options().get(i));
        }
        if (s.options().isEmpty()) {
            out.println("  = " + s.answer());
        }
        out.println();
    }

    private static String word(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
