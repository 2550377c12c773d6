package dev.wenda.bot.admin;

import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.BankCommands;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Form;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.StoreOutage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Add to bank" form: a press on the button opens it prefilled with the asked question (kept
 * in {@link BankDrafts}); its submission goes through {@link CommunityBank#add}, the path of the
 * {@code add} command, with the same limits and duplicate check. A refused submission is kept as
 * the draft, so the form reopens with what was typed, and its reply names the input at fault.
 * Permission is the caller's ({@link BankChat} checks it on the press and on the submission).
 */
final class AddForm {
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String TAGS = "tags";
    static final int MAX_TAGS_CHARS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(AddForm.class);

    private final BankDrafts drafts;
    private final BankLimits limits;

    AddForm(BankDrafts drafts, BankLimits limits) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The form for the question behind the pressed button, or why not. */
    Reply open(ChatRequest.Click click, Messages texts) {
        if (!(ActionId.parse(click.actionId()) instanceof ActionId.AddToBank add)) {
            return Reply.privateText(texts.text("ask.unknownAction"));
        }
        try {
            return drafts.find(add.token(), click.origin().community())
                    .map(d -> Reply.form(form(add, d, texts)))
                    .orElseGet(() -> Reply.privateText(texts.text("bank.add.expired")));
        } catch (StoreOutage e) {
            return storeDown(e, texts);
        }
    }

    /** Adds the submitted entry, or says which input the bank refused and keeps what was typed. */
    Reply submit(ChatRequest.FormSubmit submit, CommunityBank bank, Messages texts) {
        if (!(ActionId.parse(submit.formId()) instanceof ActionId.AddToBank add)) {
            return Reply.privateText(texts.text("ask.unknownAction"));
        }
        try {
            return submit(add, submit, bank, texts);
        } catch (StoreOutage e) {
            return storeDown(e, texts);
        }
    }

    /** The database could not be reached: said plainly (the bank and the drafts live there). */
    static Reply storeDown(StoreOutage e, Messages texts) {
        LOG.warn("Add to bank not handled, the store cannot be reached: {}", e.getMessage());
        return Reply.privateText(texts.text("bank.storeDown"));
    }

    private Reply submit(ActionId.AddToBank add, ChatRequest.FormSubmit submit, CommunityBank bank, Messages texts) {
        String community = submit.origin().community();
        String question = submit.value(QUESTION);
        String answer = submit.value(ANSWER);
        String tags = submit.value(TAGS);
        CommunityBank.Change change = tags.length() > MAX_TAGS_CHARS
                ? new CommunityBank.Change.Rejected(CommunityBank.Rule.TAGS_TOO_LONG, MAX_TAGS_CHARS)
                : bank.add(community, question, answer, BankCommands.tags(tags));
        if (change instanceof CommunityBank.Change.Added) {
            return Reply.privateText(BankChat.text(change, texts)).withTitle(texts.text("bank.add.title"));
        }
        BankDrafts.Draft draft = new BankDrafts.Draft(community, question, answer, tags);
        try {
            drafts.keep(add.token(), draft);
        } catch (StoreOutage e) {
            // the refusal and the typed text still reach the admin in the reopened form; only a
            // later "Edit and try again" press would find the draft unchanged
            LOG.warn("refused Add to bank draft not kept, the store cannot be reached: {}", e.getMessage());
        }
        String error = error(change, texts);
        return Reply.privateText(error)
                .withTitle(texts.text("bank.add.title"))
                .withActions(List.of(
                        new Reply.Action(add.encode(), texts.text("bank.add.retry"), Reply.Style.PRIMARY, false)))
                .withForm(form(add, draft, texts).withErrors(Map.of(input(change), error)));
    }

    private Form form(ActionId.AddToBank add, BankDrafts.Draft draft, Messages texts) {
        return new Form(
                add.encode(),
                texts.text("bank.add.title"),
                texts.text("bank.add.submit"),
                List.of(
                        new Form.Input(
                                QUESTION,
                                texts.text("bank.add.question"),
                                draft.question(),
                                true,
                                true,
                                BankLimits.MAX_QUESTION_CHARS),
                        new Form.Input(
                                ANSWER,
                                texts.text("bank.add.answer"),
                                draft.answer(),
                                true,
                                true,
                                limits.maxAnswerChars()),
                        new Form.Input(TAGS, texts.text("bank.add.tags"), draft.tags(), false, false, MAX_TAGS_CHARS)),
                Map.of());
    }

    /** The text for a refusal; an empty answer is told without the command's syntax. */
    private static String error(CommunityBank.Change change, Messages texts) {
        return change instanceof CommunityBank.Change.Rejected r && r.rule() == CommunityBank.Rule.EMPTY_ANSWER
                ? texts.text("bank.add.emptyAnswer")
                : BankChat.text(change, texts);
    }

    /** The input a refusal is about. */
    private static String input(CommunityBank.Change change) {
        return switch (change) {
            case CommunityBank.Change.Rejected r ->
                switch (r.rule()) {
                    case EMPTY_ANSWER, ANSWER_TOO_LONG, BANK_FULL -> ANSWER;
                    case TAGS_TOO_LONG -> TAGS;
                    case EMPTY_QUESTION, QUESTION_TOO_LONG -> QUESTION;
                };
            default -> QUESTION;
        };
    }
}
