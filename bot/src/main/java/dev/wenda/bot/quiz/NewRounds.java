package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stores a planned round: a new id, this process as its owner, its questions encoded, and the bank
 * entries it shows remembered as seen in the channel.
 */
final class NewRounds {
    private final QuizStore store;
    private final IdSource ids;
    private final Clock clock;
    private final QuizSettings settings;
    private final QuestionCodec codec;

    NewRounds(QuizStore store, IdSource ids, Clock clock, QuizSettings settings, QuestionCodec codec) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.codec = codec;
    }

    /** The stored round, or the round already running under {@code key}. */
    QuizStore.Creation create(
            Origin origin, String key, String topic, int seconds, boolean personal, RoundPlanner.Plan.Ready plan) {
        String id = ids.next();
        long now = clock.millis();
        RoundRow round = new RoundRow(
                id,
                origin.platform(),
                origin.community(),
                origin.channel(),
                key,
                origin.user(),
                origin.userName(),
                topic,
                origin.locale(),
                personal,
                plan.questions().size(),
                seconds,
                true,
                0,
                now,
                OptionalLong.empty(),
                Optional.of(settings.owner()),
                OptionalLong.of(now + settings.lease().toMillis()));
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.questions().size(); i++) {
            Question q = plan.questions().get(i);
            rows.add(QuestionRow.unposted(id, i + 1, q.kind().name(), q.entryId(), q.topic(), codec.encode(q)));
        }
        // Numeric questions are made up on the spot, not entries of the bank: nothing to remember as seen.
        List<String> seen = plan.questions().stream()
                .filter(q -> q.kind() != Kind.NUMERIC)
                .map(Question::entryId)
                .toList();
        return store.createRound(round, rows, plan.seenTopic(), seen);
    }
}
