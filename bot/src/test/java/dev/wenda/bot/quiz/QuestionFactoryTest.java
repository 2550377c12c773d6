package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionFactoryTest {
    @Test
    @DisplayName(
            "choice options: the right summary plus three distinct distractors, never a near-duplicate of the entry")
    void choice_excludesRelatedEntries() {
        List<QaEntry> bank = new ArrayList<>(Fixtures.bank(8));
        QaEntry twin = new QaEntry(
                "twin",
                "Question 1 about cnn, asked again?",
                "The twin answer says the same.",
                List.of(new SourceRef("other", 1, 1)),
                List.of("cnn"),
                List.of(),
                List.of("e1"));
        bank.add(twin);
        QuestionFactory factory = new QuestionFactory(new BankQuestionPool(bank), NumericQuestionSource.none());
        for (int seed = 0; seed < 20; seed++) {
            Question.Options q =
                    (Question.Options) factory.make(Kind.CHOICE, bank.getFirst(), new SplittableRandom(seed))
                            .orElseThrow();
            assertEquals(4, q.options().stream().distinct().count());
            assertEquals("Answer 1 explains cnn.", q.options().get(q.correct()));
            assertFalse(
                    q.options().contains("The twin answer says the same."),
                    q.options().toString());
        }
    }

    @Test
    @DisplayName("reverse options are questions; the prompt is the answer's first sentence")
    void reverse_optionsAreQuestions() {
        List<QaEntry> bank = Fixtures.bank(8);
        QuestionFactory factory = new QuestionFactory(new BankQuestionPool(bank), NumericQuestionSource.none());
        Question.Options q = (Question.Options)
                factory.make(Kind.REVERSE, bank.get(2), new SplittableRandom(1)).orElseThrow();
        assertEquals("Answer 3 explains cnn.", q.prompt());
        assertEquals("Question 3 about cnn?", q.options().get(q.correct()));
        assertEquals(
                4, q.options().stream().filter(o -> o.startsWith("Question ")).count());
    }
}
