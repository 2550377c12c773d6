package dev.wenda.bot.admin;

import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.GapStore;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bank's chat commands for admins: add, edit and remove entries of the community's own bank
 * (a bundled entry is hidden instead of removed), the "Add to bank" button and its form ({@link
 * AddForm}), and the gap report. Anyone else gets a private
 * refusal and nothing changes.
 */
public final class BankChat implements ChatService {
    /** Groups shown in chat; the command line shows more. */
    static final int GROUPS = 10;

    private final Supplier<CommunityBank> bank;
    private final GapGroups groups;
    private final AddForm form;

    /** Without "Add to bank" forms: their buttons say they expired. */
    public BankChat(Supplier<CommunityBank> bank, Supplier<GapStore> gaps, Supplier<GapReport> report) {
        this(bank, new GapGroups(gaps, report));
    }

    /** With the gap groupings shared with the web's gaps page, without "Add to bank" forms. */
    public BankChat(Supplier<CommunityBank> bank, GapGroups groups) {
        this(
                bank,
                groups,
                BankDrafts.inMemory(() -> "none", com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                BankLimits.defaults());
    }

    /**
     * @param groups the gap groupings, shared with the web's gaps page
     * @param drafts the questions behind "Add to bank" buttons, as the ask flow kept them
     * @param limits the bank's limits, shown on the form (the bank checks them again on submit)
     */
    public BankChat(Supplier<CommunityBank> bank, GapGroups groups, BankDrafts drafts, BankLimits limits) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.form = new AddForm(drafts, limits);
    }

    @Override
    public Reply handle(ChatRequest request) {
        Messages texts = request.origin().messages();
        if (!request.origin().admin()) {
            return Reply.privateText(texts.text("bank.adminOnly"));
        }
        String community = request.origin().community();
        return switch (request) {
            case ChatRequest.BankAdd a -> reply(bank.get().add(community, a.question(), a.answer(), a.tags()), texts);
            case ChatRequest.BankEdit e ->
                reply(bank.get().edit(community, e.entryId(), e.question(), e.answer(), e.tags()), texts);
            case ChatRequest.BankRemove r -> reply(bank.get().remove(community, r.entryId()), texts);
            case ChatRequest.Gaps g -> gaps(g.origin().platform().name(), community, texts);
            case ChatRequest.Click c -> form.open(c, texts);
            case ChatRequest.FormSubmit f -> form.submit(f, bank.get(), texts);
            default ->
                throw new IllegalArgumentException(
                        "BankChat cannot handle " + request.getClass().getSimpleName());
        };
    }

    /** The gaps of {@code community} on {@code platform}: two platforms may share a community id. */
    private Reply gaps(String platform, String community, Messages texts) {
        GapGroups.Grouping grouping = groups.of(Optional.of(platform), community);
        if (grouping.gaps() == 0) {
            return Reply.privateText(texts.text("bank.gaps.none"));
        }
        StringBuilder body = new StringBuilder();
        for (GapReport.Group g : grouping.top(GROUPS)) {
            body.append(texts.text(
                            "bank.gaps.line",
                            g.count(),
                            String.join(
                                    " · ",
                                    g.examples().stream().map(UserText::quote).toList())))
                    .append('\n');
        }
        return Reply.privateText(body.toString().strip()).withTitle(texts.text("bank.gaps.title"));
    }

    private static Reply reply(CommunityBank.Change change, Messages texts) {
        return Reply.privateText(text(change, texts));
    }

    /** Links {@code question} to {@code entryId} ("This is the one") and says what happened. */
    public static String link(CommunityBank bank, String community, String question, String entryId, Messages texts) {
        CommunityBank.Change change = bank.link(community, question, entryId);
        return change instanceof CommunityBank.Change.Added
                ? texts.text("bank.linked", UserText.quote(question), entryId)
                : text(change, texts);
    }

    /** The reply's text for {@code change}. */
    public static String text(CommunityBank.Change change, Messages texts) {
        return switch (change) {
            case CommunityBank.Change.Added a -> texts.text("bank.added", String.join(", ", a.ids()));
            case CommunityBank.Change.Edited e -> texts.text("bank.edited", e.id());
            case CommunityBank.Change.Removed r -> texts.text("bank.removed", r.id());
            case CommunityBank.Change.Hidden h -> texts.text("bank.hidden", h.id());
            case CommunityBank.Change.Duplicate d -> texts.text("bank.duplicate", d.id());
            case CommunityBank.Change.NotFound n -> texts.text("bank.notFound", UserText.quote(n.id()));
            case CommunityBank.Change.ReadOnly r -> texts.text("bank.readOnly", r.id());
            case CommunityBank.Change.Rejected r -> texts.text(r.rule().key(), r.limit());
        };
    }
}
