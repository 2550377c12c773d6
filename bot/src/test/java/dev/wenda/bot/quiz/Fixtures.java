package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small hand-made banks and players for quiz tests. */
public final class Fixtures {
    private Fixtures() {}

    public static QaEntry entry(int n, String tag) {
        return new QaEntry(
                "e" + n,
                "Question " + n + " about " + tag + "?",
                "Answer " + n + " explains " + tag + ". More detail follows.",
                List.of(new SourceRef("bank", n, n)),
                List.of(tag),
                List.of(),
                List.of());
    }

    /** {@code count} entries, alternating the tags cnn and rnn. */
    public static List<QaEntry> bank(int count) {
        List<QaEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(entry(i, i % 2 == 0 ? "rnn" : "cnn"));
        }
        return entries;
    }

    public static Origin player(String name) {
        return new Origin(Platform.CONSOLE, "console", "general", "u-" + name, name, Locale.ENGLISH, false);
    }

    public static Origin admin(String name) {
        return new Origin(Platform.CONSOLE, "console", "general", "u-" + name, name, Locale.ENGLISH, true);
    }

    /** Numeric problems "n + n = ?" with answer 2n, tolerance 0.5. */
    public static NumericQuestionSource sums() {
        return (random, chinese) -> {
            int n = random.nextInt(1, 1000);
            return Optional.of(new NumericQuestionSource.Problem(
                    "calc:sum:" + n,
                    "arithmetic",
                    n + " + " + n + " = ?",
                    BigDecimal.valueOf(2L * n),
                    new BigDecimal("0.5"),
                    "±0.5",
                    "Twice " + n + "."));
        };
    }
}
