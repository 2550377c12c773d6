package dev.wenda.bot.quiz;

import java.util.Objects;

/** A message in both reply languages. */
public record Text(String en, String zh) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public String in(boolean chinese) {
        return chinese ? zh : en;
    }
}
