package dev.wenda.bot.admin;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A community's own bank: adds, edits and removes its entries, hides bundled ones, and makes each
 * change searchable in this process before it returns (other processes pick it up through their
 * {@link BankSync}). Permission checks are the caller's; this class checks the limits.
 */
public final class CommunityBank {
    /** The deck entries added from chat go to. */
    public static final String CHAT_DECK = "chat";

    private final CommunityEntries store;
    private final SearchService search;
    private final BankSync sync;
    private final Clock clock;
    private final BankLimits limits;

    public CommunityBank(CommunityEntries store, SearchService search, BankSync sync, Clock clock, BankLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.search = Objects.requireNonNull(search, "search");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** What a change did. */
    public sealed interface Change {
        /** Entries added, with their new ids. */
        record Added(List<String> ids) implements Change {}

        /** A community entry's text replaced. */
        record Edited(String id) implements Change {}

        /** A community entry removed. */
        record Removed(String id) implements Change {}

        /** A bundled entry hidden from this community. */
        record Hidden(String id) implements Change {}

        /** No entry of this community's bank has that id. */
        record NotFound(String id) implements Change {}

        /** A bundled entry: read-only (it can be hidden, not edited). */
        record ReadOnly(String id) implements Change {}

        /** Nothing changed: the community's bank already has the question, as entry {@code id}. */
        record Duplicate(String id) implements Change {}

        /** Nothing changed: the input breaks a rule. */
        record Rejected(Rule rule, int limit) implements Change {}
    }

    /** The rules an entry must keep; each has one message key ({@code bank.rule.*}). */
    public enum Rule {
        EMPTY_QUESTION,
        EMPTY_ANSWER,
        QUESTION_TOO_LONG,
        ANSWER_TOO_LONG,
        /** Tags typed into the "Add to bank" form beyond its limit. */
        TAGS_TOO_LONG,
        BANK_FULL;

        public String key() {
            return "bank.rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    public BankLimits limits() {
        return limits;
    }

    /** The entry limit, as this process's bundled bank (the search's base) tells what it holds. */
    private CommunityEntries.Limit limit() {
        return new CommunityEntries.Limit(
                limits.maxEntries(), id -> search.entry(id).isPresent());
    }

    /** The first rule {@code question} and {@code answer} break, if any. */
    public Optional<Change.Rejected> check(String question, String answer) {
        return check(question, answer, limits);
    }

    /** The first rule {@code question} and {@code answer} break under {@code limits}, if any: the one place the rules live. */
    public static Optional<Change.Rejected> check(String question, String answer, BankLimits limits) {
        if (question.isBlank()) {
            return Optional.of(new Change.Rejected(Rule.EMPTY_QUESTION, 0));
        }
        if (answer.isBlank()) {
            return Optional.of(new Change.Rejected(Rule.EMPTY_ANSWER, 0));
        }
        if (question.length() > BankLimits.MAX_QUESTION_CHARS) {
            return Optional.of(new Change.Rejected(Rule.QUESTION_TOO_LONG, BankLimits.MAX_QUESTION_CHARS));
        }
        if (answer.length() > limits.maxAnswerChars()) {
            return Optional.of(new Change.Rejected(Rule.ANSWER_TOO_LONG, limits.maxAnswerChars()));
        }
        return Optional.empty();
    }

    /**
     * Adds one entry to the community's {@value #CHAT_DECK} deck, unless the community's bank
     * (bundled or its own) already has the question ({@link DeckImport#key}: the same question up to
     * width, case, spacing and punctuation).
     */
    public Change add(String community, String question, String answer, List<String> tags) {
        Optional<Change.Rejected> broken = check(question.strip(), answer.strip());
        if (broken.isPresent()) {
            return broken.get();
        }
        Optional<String> same = sameQuestion(community, question);
        if (same.isPresent()) {
            return new Change.Duplicate(same.get());
        }
        return addAll(
                new CommunityEntries.Deck(community, CHAT_DECK, "chat", ""),
                List.of(new CommunityEntries.NewEntry(question.strip(), answer.strip(), tags, 1)));
    }

    /** The id of the entry of {@code community}'s bank that asks {@code question}, if any. */
    private Optional<String> sameQuestion(String community, String question) {
        String key = DeckImport.key(question);
        return search.entries(community).stream()
                .filter(e -> DeckImport.key(e.question()).equals(key))
                .map(dev.wenda.content.QaEntry::id)
                .findFirst();
    }

    /** Adds checked entries to {@code deck} in one step: all of them, or none when the bank would be full. */
    public Change addAll(CommunityEntries.Deck deck, List<CommunityEntries.NewEntry> entries) {
        Optional<List<String>> ids = store.addAll(deck, entries, limit(), clock.instant());
        if (ids.isEmpty()) {
            return new Change.Rejected(Rule.BANK_FULL, limits.maxEntries());
        }
        sync.poll();
        return new Change.Added(ids.get());
    }

    /** The deck alternate questions go to. */
    public static final String ALIAS_DECK = "aliases";

    /**
     * Makes {@code question} an alternate wording of entry {@code entryId} of this community's bank:
     * an entry of the {@value #ALIAS_DECK} deck with that question that points at the entry, so the
     * next person asking it that way gets the entry's answer and tags as they are then (after an
     * edit, the edited ones; once the entry is removed or hidden, none). Linking to an alternate
     * wording links to the entry it points at.
     */
    public Change link(String community, String question, String entryId) {
        Optional<dev.wenda.content.QaEntry> found = search.entry(community, entryId);
        if (found.isEmpty()) {
            return new Change.NotFound(entryId);
        }
        String targetId = store.entry(community, entryId)
                .flatMap(CommunityEntries.Row::aliasOf)
                .orElse(entryId);
        Optional<dev.wenda.content.QaEntry> target =
                targetId.equals(entryId) ? found : search.entry(community, targetId);
        if (target.isEmpty()) {
            return new Change.NotFound(entryId);
        }
        Optional<Change.Rejected> broken = check(question.strip(), target.get().answer());
        if (broken.isPresent()) {
            return broken.get();
        }
        Optional<String> id = store.addAlias(
                new CommunityEntries.Deck(community, ALIAS_DECK, "chat", ""),
                new CommunityEntries.NewEntry(
                        question.strip(), target.get().answer(), target.get().tags(), 1),
                targetId,
                limit(),
                clock.instant());
        if (id.isEmpty()) {
            return new Change.Rejected(Rule.BANK_FULL, limits.maxEntries());
        }
        sync.poll();
        return new Change.Added(List.of(id.get()));
    }

    /** Replaces a community entry's question, answer and tags. */
    public Change edit(String community, String id, String question, String answer, List<String> tags) {
        Optional<Change.Rejected> broken = check(question.strip(), answer.strip());
        if (broken.isPresent()) {
            return broken.get();
        }
        if (store.edit(community, id, question.strip(), answer.strip(), tags, clock.instant())) {
            sync.poll();
            return new Change.Edited(id);
        }
        return search.entry(community, id).isPresent() ? new Change.ReadOnly(id) : new Change.NotFound(id);
    }

    /** Removes a community entry, or hides a bundled one from this community. */
    public Change remove(String community, String id) {
        if (store.remove(community, id, clock.instant())) {
            sync.poll();
            return new Change.Removed(id);
        }
        if (search.entry(community, id).isPresent()) {
            store.hide(community, id, true);
            sync.poll();
            return new Change.Hidden(id);
        }
        return new Change.NotFound(id);
    }

    /** Shows a hidden bundled entry to this community again. */
    public void unhide(String community, String id) {
        store.hide(community, id, false);
        sync.poll();
    }

    /** The community's own entries, of one deck when given. */
    public List<CommunityEntries.Row> entries(String community, Optional<String> deck) {
        return store.entries(community, deck);
    }
}
