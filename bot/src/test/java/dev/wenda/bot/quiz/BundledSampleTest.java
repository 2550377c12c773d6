package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Messages;
import dev.wenda.content.ContentBank;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every choice, reverse and flashcard question the generator builds from the bundled bank, with
 * search and the real embedding model as {@code wenda quiz sample} uses them.
 */
class BundledSampleTest {
    private static SearchService search;
    private static QuizSampler.Result sample;

    @BeforeAll
    static void sample() {
        BgeEmbedder model = new BgeEmbedder(
                Executors.newFixedThreadPool(
                        2, r -> Thread.ofPlatform().daemon(true).unstarted(r)),
                false);
        search = SearchService.open(
                ContentBank.bundled(), SearchConfig.defaults(), Optional.of(model), IndexProgress.NONE);
        QuizSampler sampler = new QuizSampler(
                new SearchQuestionPool(search.entries(), () -> Optional.of(search)), NumericQuestionSource.none());
        sample = sampler.sample(
                EnumSet.of(Kind.CHOICE, Kind.REVERSE, Kind.FLASHCARD), new SplittableRandom(1), Messages.ZH);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    @DisplayName(
            "a guesser picking the option that shares the most bigrams with the prompt scores near chance (<= 35 %)")
    void naiveBigramGuesser_staysNearChance() {
        double hits = 0;
        int questions = 0;
        for (QuizSampler.Sample s : sample.samples()) {
            if (s.kind() != Kind.CHOICE && s.kind() != Kind.REVERSE) {
                continue;
            }
            questions++;
            int[] shared = s.options().stream()
                    .mapToInt(o -> Bigrams.shared(s.prompt(), o))
                    .toArray();
            int best = java.util.Arrays.stream(shared).max().orElseThrow();
            long tied = java.util.Arrays.stream(shared).filter(v -> v == best).count();
            if (shared[s.answerIndex()] == best) {
                hits += 1.0 / tied; // a tie is broken at random
            }
        }
        assertTrue(questions >= 150, "questions: " + questions);
        double rate = hits / questions;
        assertTrue(rate <= 0.35, "guesser hit rate " + rate);
    }

    @Test
    @DisplayName("every entry of the bundled bank makes at least one fair question kind")
    void everyEntry_yieldsAQuestion() {
        Set<List<String>> covered = new HashSet<>();
        sample.samples().forEach(s -> covered.add(s.entry()));
        assertEquals(103, covered.size());
    }

    @Test
    @DisplayName("options are four distinct texts with content, one right; prompts and flashcard answers are not empty")
    void options_areWellFormed() {
        for (QuizSampler.Sample s : sample.samples()) {
            assertTrue(Summaries.meaningful(s.prompt()), s.toString());
            assertTrue(Summaries.meaningful(s.answer()), s.toString());
            if (s.kind() == Kind.FLASHCARD) {
                continue;
            }
            assertEquals(4, s.options().size(), s.toString());
            assertEquals(4, Set.copyOf(s.options()).size(), s.toString());
            assertEquals(3, s.distractors().size(), s.toString());
            assertTrue(s.options().stream().allMatch(Summaries::meaningful), s.toString());
            assertTrue(s.distractors().stream().noneMatch(d -> d.equals(s.entry())), s.toString());
        }
    }

    @Test
    @DisplayName("the entry whose answer is only a link is asked through its key point")
    void linkOnlyEntry_isAskedThroughItsKeyPoint() {
        List<String> link = List.of("003_05639a3bc28a7237#19");
        String key = "为神经网络引入非线性，使多层网络能够表达复杂的函数";
        List<QuizSampler.Sample> asked =
                sample.samples().stream().filter(s -> s.entry().equals(link)).toList();
        assertEquals(
                List.of(Kind.CHOICE, Kind.REVERSE, Kind.FLASHCARD),
                asked.stream().map(QuizSampler.Sample::kind).toList());
        assertEquals(
                List.of(key, key, key),
                asked.stream()
                        .map(s -> s.kind() == Kind.REVERSE ? s.prompt() : s.answer())
                        .toList());
    }
}
