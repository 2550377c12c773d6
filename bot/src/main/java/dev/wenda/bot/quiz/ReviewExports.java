package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.content.QaEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code review export}: the user's review queue as a file. {@code csv} is RFC 4180 (CRLF, quoted
 * where needed, a UTF-8 byte order mark so spreadsheet programs read Chinese right) with the entry,
 * question, answer, stage and due time in the community's zone; {@code anki} is Anki's plain-text
 * import (tab-separated front and back, HTML, with the {@code #separator} and {@code #html} header
 * lines Anki reads).
 */
final class ReviewExports {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewQueue reviews;
    private final QuestionPool pool;
    private final Zones zones;

    ReviewExports(ReviewQueue reviews, QuestionPool pool, Zones zones) {
        this.reviews = reviews;
        this.pool = pool;
        this.zones = zones;
    }

    Reply export(ChatRequest.ReviewExport request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        boolean anki;
        switch (request.format()) {
            case "csv" -> anki = false;
            case "anki", "tsv" -> anki = true;
            default -> {
                return Reply.privateText(m.text("review.export.badFormat", UserText.quote(request.format())));
            }
        }
        List<ReviewQueue.Queued> queued = reviews.all(origin.platform().name(), origin.community(), origin.user());
        ZoneId zone = zones.of(origin.platform(), origin.community());
        StringBuilder out =
                new StringBuilder(anki ? "#separator:tab\n#html:true\n" : "\uFEFFentry,question,answer,stage,due\r\n");
        int rows = 0;
        for (ReviewQueue.Queued item : queued) {
            Optional<QaEntry> entry = pool.entry(item.entryId());
            if (entry.isEmpty()) {
                continue; // no longer in the bank: nothing to study
            }
            rows++;
            if (anki) {
                out.append(html(entry.get().question()))
                        .append('\t')
                        .append(html(entry.get().answer()))
                        .append('\n');
            } else {
                String due = DUE.format(Instant.ofEpochMilli(item.dueAt()).atZone(zone));
                out.append(String.join(
                                ",",
                                csv(item.entryId()),
                                csv(entry.get().question()),
                                csv(entry.get().answer()),
                                Integer.toString(item.stage()),
                                csv(due)))
                        .append("\r\n");
            }
        }
        if (rows == 0) {
            return Reply.privateText(m.text("review.export.empty"));
        }
        String name = anki ? "wenda-review-anki.txt" : "wenda-review.csv";
        return Reply.privateText(m.text("review.export.done", rows, name))
                .withAttachment(new Reply.Attachment(name, out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String csv(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** An Anki field: HTML-escaped, line breaks as {@code <br>}, no tabs. */
    static String html(String field) {
        return field.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\t", " ")
                .replace("\r\n", "<br>")
                .replace("\n", "<br>");
    }
}
