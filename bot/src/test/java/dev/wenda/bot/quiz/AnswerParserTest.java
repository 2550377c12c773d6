package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerParserTest {
    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12000|12000",
                "1.2万|12000",
                "１．２万|12000",
                "1,024|1024",
                "１，０２４|1024",
                "1 024|1024",
                "15.47G|15470000000",
                "15.47 g|15470000000",
                "3K|3000",
                "2.5M|2500000",
                "3千|3000",
                "1.5亿|150000000",
                "1.2w|12000",
                "约 86|86",
                "-0.5|-0.5",
                ".5|0.5",
                "1e3|1000",
                "0.250|0.25"
            })
    void number_normalizesWidthSeparatorsAndSuffixes(String typed, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected).stripTrailingZeros()), AnswerParser.number(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(
            delimiter = '|',
            value = {"hello", "B", "12 apples", "1.2.3", "万", "about nothing", "3x3"})
    void number_chatIsNotAnAnswer(String typed) {
        assertEquals(Optional.empty(), AnswerParser.number(typed));
    }

    @Test
    @DisplayName("a lone letter picks an option, full-width and with a trailing dot too; other text does not")
    void optionLetter_readsLoneLetters() {
        assertEquals(OptionalInt.of(1), AnswerParser.optionLetter("b", 4));
        assertEquals(OptionalInt.of(2), AnswerParser.optionLetter("Ｃ", 4));
        assertEquals(OptionalInt.of(0), AnswerParser.optionLetter(" A. ", 4));
        assertEquals(OptionalInt.empty(), AnswerParser.optionLetter("E", 4));
        assertEquals(OptionalInt.empty(), AnswerParser.optionLetter("a good one", 4));
    }
}
