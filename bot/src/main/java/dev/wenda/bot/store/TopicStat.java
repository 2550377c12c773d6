package dev.wenda.bot.store;

import java.util.Objects;

/** A user's graded answers on one topic. */
public record TopicStat(String topic, int correct, int answered) {
    public TopicStat {
        Objects.requireNonNull(topic, "topic");
    }

    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
