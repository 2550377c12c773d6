package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanizeTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0",
                "999 | 999",
                "1000 | 1.00 K (1,000)",
                "3584 | 3.58 K (3,584)",
                "999999 | 1.00 M (999,999)",
                "138357544 | 138.36 M (138,357,544)",
                "15470264320 | 15.47 G (15,470,264,320)",
                "5184000000000000000000 | 5.18 Z (5,184,000,000,000,000,000,000)",
            })
    void both(String value, String text) {
        assertEquals(text, Humanize.both(new BigInteger(value)));
    }
}
