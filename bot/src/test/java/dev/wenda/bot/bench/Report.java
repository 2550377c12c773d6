package dev.wenda.bot.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The driver's output: timestamped lines. */
final class Report {
    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println("[" + LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "] " + text);
        out.flush();
    }
}
