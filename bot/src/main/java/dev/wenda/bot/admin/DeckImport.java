package dev.wenda.bot.admin;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.content.DeckEntry;
import dev.wenda.content.DeckFile;
import dev.wenda.content.DeckReader;
import dev.wenda.content.LoadProblem;
import dev.wenda.content.QaEntry;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Imports deck files into a community's bank. Every file is read first: bad rows become {@code
 * file:line: message} problems and the rest of the file is kept; entries whose question the bank
 * already has (bundled or the community's own, or earlier in the import) are counted as duplicates
 * and skipped. A dry run stops there. Otherwise the entries are written in chunks, each one step
 * (an existing entry is never touched), and {@code afterWrite} runs after each chunk.
 */
public final class DeckImport {
    static final int CHUNK = 500;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BAD_NAME = Pattern.compile("[^\\p{L}\\p{N}._ -]+");

    private final CommunityEntries store;
    private final Supplier<List<QaEntry>> base;
    private final Runnable afterWrite;
    private final BankLimits limits;
    private final Clock clock;

    /**
     * @param base the bundled bank's entries: their questions for duplicates, their ids for the entry
     *     limit (an alternate wording of a bundled entry it no longer holds is not counted)
     * @param afterWrite run after each written chunk (this process's search catches up)
     */
    public DeckImport(
            CommunityEntries store, Supplier<List<QaEntry>> base, Runnable afterWrite, BankLimits limits, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.base = Objects.requireNonNull(base, "base");
        this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One file to import, as named by its user. */
    public record Upload(String name, byte[] bytes) {
        public Upload {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * @param deck the deck name; empty for the first file's name without extension
     * @param source where the deck came from (shown with its entries when cited)
     * @param licence the deck's licence text
     */
    public record Request(
            String community,
            Optional<String> deck,
            List<Upload> files,
            boolean dryRun,
            String source,
            String licence) {
        public Request {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(deck, "deck");
            files = List.copyOf(files);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(licence, "licence");
        }
    }

    /**
     * What an import did (or, in a dry run, would do).
     *
     * @param entries entries imported (a dry run: that would be)
     * @param duplicates entries skipped because the bank already has their question
     * @param problems {@code file:line: message}, in file then line order
     * @param written whether anything was written (false for a dry run or a refused import)
     */
    public record Report(String deck, int entries, int duplicates, List<String> problems, boolean written) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** Progress of the write, after each chunk. */
    @FunctionalInterface
    public interface Progress {
        void written(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    public Report run(Request request, Progress progress) {
        String deck = deckName(request);
        List<String> problems = new ArrayList<>();
        List<DeckEntry> fresh = new ArrayList<>();
        Set<String> known = new HashSet<>();
        List<QaEntry> bundled = base.get();
        bundled.forEach(e -> known.add(key(e.question())));
        Set<String> bundledIds = new HashSet<>();
        bundled.forEach(e -> bundledIds.add(e.id()));
        CommunityEntries.Limit limit = new CommunityEntries.Limit(limits.maxEntries(), bundledIds::contains);
        store.entries(request.community(), Optional.empty()).forEach(r -> known.add(key(r.question())));
        int duplicates = 0;
        for (Upload file : request.files()) {
            DeckFile read = DeckReader.read(file.name(), file.bytes(), limits.maxFileBytes());
            read.problems().stream().map(LoadProblem::toString).forEach(problems::add);
            for (DeckEntry e : read.entries()) {
                Optional<String> broken = broken(e);
                if (broken.isPresent()) {
                    problems.add(file.name() + ":" + e.line() + ": " + broken.get());
                } else if (!known.add(key(e.question()))) {
                    duplicates++;
                } else {
                    fresh.add(e);
                }
            }
        }
        int total = store.count(request.community(), limit.bundled()) + fresh.size();
        if (total > limits.maxEntries()) {
            problems.add(String.format(
                    Locale.ROOT,
                    "the bank of community %s would hold %d entries; the limit is %d: nothing imported",
                    request.community(),
                    total,
                    limits.maxEntries()));
            return new Report(deck, 0, duplicates, problems, false);
        }
        if (request.dryRun() || fresh.isEmpty()) {
            return new Report(deck, fresh.size(), duplicates, problems, false);
        }
        CommunityEntries.Deck target =
                new CommunityEntries.Deck(request.community(), deck, request.source(), request.licence());
        for (int start = 0; start < fresh.size(); start += CHUNK) {
            List<CommunityEntries.NewEntry> chunk = fresh.subList(start, Math.min(fresh.size(), start + CHUNK)).stream()
                    .map(e -> new CommunityEntries.NewEntry(e.question(), e.answer(), e.tags(), e.line(), e.accepted()))
                    .toList();
            if (store.addAll(target, chunk, limit, clock.instant()).isEmpty()) {
                problems.add("the bank of community " + request.community() + " filled up during the import; " + start
                        + " of " + fresh.size() + " entries imported");
                return new Report(deck, start, duplicates, problems, start > 0);
            }
            afterWrite.run();
            progress.written(start + chunk.size(), fresh.size());
        }
        return new Report(deck, fresh.size(), duplicates, problems, true);
    }

    /** The rule {@code e} breaks, as a problem for its line; the rules are {@link CommunityBank#check}'s. */
    private Optional<String> broken(DeckEntry e) {
        return CommunityBank.check(e.question(), e.answer(), limits).map(r -> switch (r.rule()) {
            case EMPTY_QUESTION -> "question is empty; skipped";
            case EMPTY_ANSWER -> "answer is empty; skipped";
            case QUESTION_TOO_LONG -> "question is longer than " + r.limit() + " characters; skipped";
            case ANSWER_TOO_LONG -> "answer is longer than " + r.limit() + " characters; skipped";
            case TAGS_TOO_LONG -> "tags are longer than " + r.limit() + " characters; skipped";
            case BANK_FULL -> throw new IllegalStateException("one entry's check cannot find the bank full");
        });
    }

    /** The deck's name: as given, else the first file's name without its extension; safe as a file name. */
    static String deckName(Request request) {
        String raw = request.deck().orElseGet(() -> {
            String first = request.files().isEmpty()
                    ? "deck"
                    : request.files().getFirst().name();
            String base = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        });
        String clean = BAD_NAME.matcher(raw.strip()).replaceAll("_");
        if (clean.length() > 100) {
            clean = clean.substring(0, 100);
        }
        return clean.isBlank() ? "deck" : clean;
    }

    /** Questions that differ only in width, case, spacing or punctuation are the same question. */
    public static String key(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll("");
    }
}
