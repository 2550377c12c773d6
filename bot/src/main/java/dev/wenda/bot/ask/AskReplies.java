package dev.wenda.bot.ask;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders entries, candidate lists and abstentions as platform-neutral replies. */
final class AskReplies {
    /** Discord's limit for a button label. */
    static final int MAX_LABEL = 80;

    private AskReplies() {}

    /**
     * One entry: its question as title, answer as body (then, for an entry of an imported deck, the
     * deck and its licence on a line of their own), refs as footer, related and feedback buttons.
     */
    static Reply entry(QaEntry entry, List<QaEntry> related, Optional<DeckCredits.Credit> credit, Messages texts) {
        List<Reply.Action> actions = new ArrayList<>();
        for (QaEntry r : related) {
            actions.add(Reply.Action.of(new ActionId.ShowEntry(r.id()).encode(), label(r.question())));
        }
        actions.add(new Reply.Action(
                new ActionId.Feedback(entry.id(), true).encode(),
                texts.text("ask.helpful"),
                Reply.Style.SUCCESS,
                false));
        actions.add(new Reply.Action(
                new ActionId.Feedback(entry.id(), false).encode(),
                texts.text("ask.notHelpful"),
                Reply.Style.DANGER,
                false));
        String footer = texts.text("ask.sources") + ": "
                + entry.refs().stream().map(SourceRef::key).collect(Collectors.joining(", "));
        String body =
                credit.map(c -> entry.answer() + "\n\n" + c.markdown(texts)).orElse(entry.answer());
        return Reply.text(body)
                .withTitle(entry.question())
                .withFooter(footer)
                .withImages(entry.images())
                .withActions(actions);
    }

    /**
     * "Did you mean": the candidates' questions, one button each, introduced by what the bank lacks
     * when the question asks for an aspect it does not cover.
     */
    static Reply candidates(SearchOutcome.Candidates outcome, Messages texts) {
        List<QaEntry> candidates = outcome.candidates().stream().map(Hit::entry).toList();
        String intro =
                Doubts.aspect(outcome, texts, "ask.aspectIntro").orElseGet(() -> texts.text("ask.didYouMeanIntro"));
        StringBuilder body = new StringBuilder(intro).append('\n');
        List<Reply.Action> actions = new ArrayList<>();
        int n = 1;
        for (QaEntry c : candidates) {
            body.append('\n').append(n++).append(". ").append(c.question());
            actions.add(new Reply.Action(
                    new ActionId.ShowEntry(c.citedId()).encode(), label(c.question()), Reply.Style.PRIMARY, false));
        }
        return Reply.text(body.toString())
                .withTitle(texts.text("ask.didYouMeanTitle"))
                .withActions(actions);
    }

    /** {@code reply} with a "This is the one" button per candidate, for an admin: the question is kept under {@code token}. */
    static Reply withLinks(Reply reply, SearchOutcome.Candidates outcome, String token, Messages texts) {
        List<Reply.Action> actions = new ArrayList<>(reply.actions());
        int n = 1;
        for (Hit h : outcome.candidates()) {
            actions.add(new Reply.Action(
                    new ActionId.LinkQuestion(token, h.entry().citedId()).encode(),
                    texts.text("bank.link.button", n++),
                    Reply.Style.SECONDARY,
                    false));
        }
        return reply.withActions(actions);
    }

    /** {@code reply} with an "Add to bank" button at the end; the asked question is kept under {@code token}. */
    static Reply withAddButton(Reply reply, String token, Messages texts) {
        List<Reply.Action> actions = new ArrayList<>(reply.actions());
        actions.add(new Reply.Action(
                new ActionId.AddToBank(token).encode(), texts.text("bank.add.button"), Reply.Style.SUCCESS, false));
        return reply.withActions(actions);
    }

    /** The bank has no answer: the question echoed (escaped) and the topics it covers. */
    static Reply abstain(String question, List<String> topics, Messages texts) {
        StringBuilder body = new StringBuilder(texts.text("ask.noAnswerBody", UserText.quote(question)));
        if (!topics.isEmpty()) {
            body.append("\n\n")
                    .append(texts.text("ask.coveredTopics"))
                    .append(' ')
                    .append(String.join(" · ", topics));
        }
        return Reply.text(body.toString()).withTitle(texts.text("ask.noAnswerTitle"));
    }

    /** {@link #abstain} with, for an admin, the command that adds an answer, prefilled with the question. */
    static Reply abstainForAdmin(String question, List<String> topics, Messages texts) {
        Reply plain = abstain(question, topics, texts);
        String command = question.replaceAll("[\\s|`]+", " ").strip();
        return Reply.text(plain.markdown() + "\n\n" + texts.text("bank.addHint", command))
                .withTitle(plain.title());
    }

    /** Everyday chat: who Wenda is and what it does, instead of the bank's topic list. */
    static Reply chat(Messages texts) {
        return Reply.text(texts.text("ask.chatBody")).withTitle(texts.text("ask.chatTitle"));
    }

    static String label(String question) {
        String flat = question.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= MAX_LABEL) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }
}
