package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypedAnswersTest {
    private static final List<String> BACKPROP = List.of("反向传播", "BP", "Backpropagation");

    @Test
    @DisplayName("full-width letters read as half-width ones")
    void accepts_fullWidth() {
        assertTrue(TypedAnswers.accepts(BACKPROP, "ＢＰ"));
        assertTrue(TypedAnswers.accepts(List.of("ResNet50"), "ＲｅｓＮｅｔ５０"));
    }

    @Test
    @DisplayName("Traditional script reads as Simplified")
    void accepts_traditionalScript() {
        assertTrue(TypedAnswers.accepts(BACKPROP, "反向傳播"));
    }

    @Test
    @DisplayName("case does not matter")
    void accepts_anyCase() {
        assertTrue(TypedAnswers.accepts(BACKPROP, "backPROPAGATION"));
    }

    @Test
    @DisplayName("punctuation and spaces around the answer do not matter: a trailing 。, quotes, brackets")
    void accepts_surroundingPunctuation() {
        assertTrue(TypedAnswers.accepts(BACKPROP, "反向传播。"));
        assertTrue(TypedAnswers.accepts(BACKPROP, "  「反向传播」！ "));
        assertTrue(TypedAnswers.accepts(List.of("Adam."), "adam"));
    }

    @Test
    @DisplayName("every accepted alternative counts, not only the first")
    void accepts_alternative() {
        assertTrue(TypedAnswers.accepts(BACKPROP, "bp"));
        assertTrue(TypedAnswers.accepts(List.of("批归一化", "Batch Normalization", "BN"), "batch normalization"));
    }

    @Test
    @DisplayName("a near miss does not count: a missing character, an extra one, a symbol, inner spacing")
    void rejects_nearMiss() {
        assertFalse(TypedAnswers.accepts(BACKPROP, "反向传"));
        assertFalse(TypedAnswers.accepts(BACKPROP, "反向传播法"));
        assertFalse(TypedAnswers.accepts(List.of("Adam"), "AdamW"));
        assertFalse(TypedAnswers.accepts(List.of("C++"), "C"));
        assertFalse(TypedAnswers.accepts(List.of("Batch Normalization"), "BatchNormalization"));
        assertFalse(TypedAnswers.accepts(BACKPROP, "。"));
    }

    @Test
    @DisplayName(
            "an entry is typed when each accepted answer is 1-40 characters; one longer answer makes it no typed question")
    void playable_shortAnswersOnly() {
        String forty = "a".repeat(40);
        assertEquals(Optional.of(List.of("BP", forty)), TypedAnswers.playable(List.of(" BP ", forty)));
        assertEquals(Optional.empty(), TypedAnswers.playable(List.of("BP", forty + "a")));
        assertEquals(Optional.empty(), TypedAnswers.playable(List.of()));
        assertEquals(Optional.empty(), TypedAnswers.playable(List.of("BP", "…")));
    }

    @Test
    @DisplayName("typed text is an attempt when it has text and at most 80 characters; longer text is chat")
    void attempt_shortTextOnly() {
        assertEquals(Optional.of("反向传播"), TypedAnswers.attempt("  反向传播 \n"));
        assertEquals(Optional.of("x".repeat(80)), TypedAnswers.attempt("x".repeat(80)));
        assertEquals(Optional.empty(), TypedAnswers.attempt("x".repeat(81)));
        assertEquals(Optional.empty(), TypedAnswers.attempt(" ？！ "));
    }
}
