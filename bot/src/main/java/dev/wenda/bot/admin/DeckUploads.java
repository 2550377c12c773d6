package dev.wenda.bot.admin;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.FileSource;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.StoreOutage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deck files shared in chat (admins only): checks the name and the declared size before anything
 * is read, reads the file within the size limit, answers with a dry run (counts, duplicates, the
 * first {@link #PROBLEMS} problems as {@code file:line: message}) and Confirm / Cancel buttons; the
 * confirm imports what the dry run read. A dry run is kept {@link #KEEP} for its buttons, the newest
 * {@link #PENDING} at most, in the store ({@link DeckDryRuns}): the file as read and the import's
 * options, which the confirm reads again. So a press reaching another process imports it too, and
 * only the press that takes the stored dry run imports it (a double press imports once). When the
 * database cannot be reached, the reply says so.
 */
public final class DeckUploads implements ChatService {
    /** File names a deck may have. */
    public static final Set<String> EXTENSIONS = Set.of("md", "csv", "txt", "yaml", "yml");
    /** Problems listed in a dry run's reply. */
    static final int PROBLEMS = 10;
    /** How long the buttons of a dry run work. */
    static final Duration KEEP = Duration.ofMinutes(15);
    /** Dry runs kept at once; the oldest goes first. */
    static final int PENDING = 32;

    private static final Logger LOG = LoggerFactory.getLogger(DeckUploads.class);

    private final Supplier<DeckImport> imports;
    private final Supplier<DeckDryRuns> dryRuns;
    private final BankLimits limits;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * @param dryRuns where dry runs wait for their buttons (shared by the processes on the database)
     * @param random the tokens of the buttons
     */
    public DeckUploads(
            Supplier<DeckImport> imports,
            Supplier<DeckDryRuns> dryRuns,
            BankLimits limits,
            Clock clock,
            RandomGenerator random) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.dryRuns = Objects.requireNonNull(dryRuns, "dryRuns");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Reply handle(ChatRequest request) {
        Messages texts = request.origin().messages();
        if (!request.origin().admin()) {
            return Reply.privateText(texts.text("bank.adminOnly"));
        }
        try {
            return switch (request) {
                case ChatRequest.ImportDeck upload -> dryRun(upload, texts);
                case ChatRequest.Click click
                when ActionId.parse(click.actionId()) instanceof ActionId.ImportDeck button ->
                    button.confirm()
                            ? confirm(button.token(), click.origin(), texts)
                            : cancel(button.token(), click.origin(), texts);
                default ->
                    throw new IllegalArgumentException(
                            "DeckUploads cannot handle " + request.getClass().getSimpleName());
            };
        } catch (StoreOutage e) {
            LOG.warn("deck import not handled, the store cannot be reached: {}", e.getMessage());
            return Reply.privateText(texts.text("bank.storeDown"));
        }
    }

    private Reply dryRun(ChatRequest.ImportDeck upload, Messages texts) {
        String name = upload.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            return Reply.privateText(texts.text("import.badName", UserText.quote(name)));
        }
        if (upload.declaredBytes() > limits.maxFileBytes()) {
            return Reply.privateText(texts.text("import.tooLarge", UserText.quote(name), megabytes(limits)));
        }
        byte[] bytes;
        try {
            bytes = upload.file().read(limits.maxFileBytes());
        } catch (FileSource.TooLarge e) {
            return Reply.privateText(texts.text("import.tooLarge", UserText.quote(name), megabytes(limits)));
        } catch (IOException e) {
            LOG.warn("deck file {} could not be read: {}", name, e.toString());
            return Reply.privateText(texts.text("import.unreadable", UserText.quote(name)));
        }
        Origin origin = upload.origin();
        DeckImport.Request dry = new DeckImport.Request(
                origin.community(),
                upload.deck(),
                List.of(new DeckImport.Upload(name, bytes)),
                true,
                origin.platform().name().toLowerCase(Locale.ROOT) + " upload " + name,
                upload.licence());
        DeckImport.Report report = imports.get().run(dry, DeckImport.Progress.NONE);
        StringBuilder body = new StringBuilder(texts.text(
                "import.dryRun",
                UserText.quote(report.deck()),
                report.entries(),
                report.duplicates(),
                report.problems().size()));
        report.problems().stream()
                .limit(PROBLEMS)
                .forEach(p -> body.append('\n').append("- ").append(UserText.quote(p, 300)));
        if (report.problems().size() > PROBLEMS) {
            body.append('\n')
                    .append(texts.text("import.moreProblems", report.problems().size() - PROBLEMS));
        }
        if (report.entries() == 0) {
            return Reply.privateText(
                    body.append("\n\n").append(texts.text("import.nothing")).toString());
        }
        String token = keep(
                new DeckDryRuns.Pending(origin.community(), report.deck(), name, bytes, dry.source(), dry.licence()));
        return Reply.privateText(body.toString())
                .withActions(List.of(
                        new Reply.Action(
                                new ActionId.ImportDeck(token, true).encode(),
                                texts.text("import.confirm", report.entries()),
                                Reply.Style.PRIMARY,
                                false),
                        new Reply.Action(
                                new ActionId.ImportDeck(token, false).encode(),
                                texts.text("import.cancel"),
                                Reply.Style.SECONDARY,
                                false)));
    }

    private Reply confirm(String token, Origin origin, Messages texts) {
        Optional<DeckDryRuns.Pending> kept = dryRuns.get().take(token, origin.community(), clock.instant());
        if (kept.isEmpty()) {
            return Reply.privateText(texts.text("import.expired"));
        }
        DeckDryRuns.Pending run = kept.get();
        DeckImport.Request request = new DeckImport.Request(
                run.community(),
                Optional.of(run.deck()),
                List.of(new DeckImport.Upload(run.fileName(), run.bytes())),
                false,
                run.source(),
                run.licence());
        DeckImport.Report report = imports.get().run(request, DeckImport.Progress.NONE);
        String done = report.written()
                ? texts.text("import.done", report.entries(), UserText.quote(report.deck()))
                : texts.text("import.notWritten", UserText.quote(report.deck()));
        StringBuilder body = new StringBuilder(done);
        report.problems().stream()
                .skip(Math.max(0, report.problems().size() - 1))
                .filter(p -> !report.written() || report.entries() == 0)
                .forEach(p -> body.append('\n').append(UserText.quote(p, 300)));
        return Reply.privateText(body.toString());
    }

    private Reply cancel(String token, Origin origin, Messages texts) {
        dryRuns.get().take(token, origin.community(), clock.instant());
        return Reply.privateText(texts.text("import.cancelled"));
    }

    private String keep(DeckDryRuns.Pending kept) {
        byte[] raw = new byte[12];
        synchronized (random) {
            random.nextBytes(raw);
        }
        String token = HexFormat.of().formatHex(raw);
        Instant now = clock.instant();
        dryRuns.get().keep(token, kept, now.plus(KEEP), now, PENDING);
        return token;
    }

    private static int megabytes(BankLimits limits) {
        return Math.max(1, limits.maxFileBytes() / (1024 * 1024));
    }
}
