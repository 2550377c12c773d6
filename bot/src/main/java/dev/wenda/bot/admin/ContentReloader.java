package dev.wenda.bot.admin;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.content.ContentBank;
import dev.wenda.content.LoadProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the content folder when an admin asks ({@link ChatRequest.ReloadContent}). The folder is
 * read in full first; when any file has an error nothing changes, the old content keeps serving and
 * the admin gets every {@code file:line: message}. Otherwise each target swaps to the new bank, in
 * order. Reloads run one at a time.
 */
public final class ContentReloader implements ChatService {
    /** At most this many problems are listed in a reply; the rest are counted. */
    static final int LISTED_PROBLEMS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ContentReloader.class);

    private final Optional<Path> folder;
    private final Function<Path, ContentBank> loader;
    private final List<ContentTarget> targets;

    /** What a reload did. */
    public sealed interface Outcome {
        /** The new bank is live. */
        record Swapped(int entries, List<LoadProblem> warnings) implements Outcome {}

        /** Errors in the files: nothing changed. */
        record Rejected(List<LoadProblem> errors) implements Outcome {}

        /** The bank is the bundled one; there is no folder to re-read. */
        record NoFolder() implements Outcome {}

        /** A target could not take the new bank (say the index could not be written). */
        record Failed(String reason) implements Outcome {}
    }

    /**
     * @param folder the content folder ({@code content.dir} / {@code --content}); empty for the bundled bank
     * @param loader reads a folder into a bank, reporting problems instead of throwing
     * @param targets swapped in list order; the list is read at each reload, so targets built later
     *     (a lazily built index) can be added to it
     */
    public ContentReloader(Optional<Path> folder, Function<Path, ContentBank> loader, List<ContentTarget> targets) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    @Override
    public Reply handle(ChatRequest request) {
        if (!(request instanceof ChatRequest.ReloadContent reload)) {
            return Reply.nothing();
        }
        Origin origin = reload.origin();
        Messages m = origin.messages();
        if (!origin.admin()) {
            return Reply.privateText(m.text("admin.reload.adminOnly"));
        }
        return switch (reload()) {
            case Outcome.Swapped s ->
                Reply.privateText(
                        s.warnings().isEmpty()
                                ? m.text("admin.reload.done", s.entries())
                                : m.text(
                                        "admin.reload.doneWithWarnings",
                                        s.entries(),
                                        s.warnings().size()));
            case Outcome.Rejected r ->
                Reply.privateText(m.text("admin.reload.rejected", r.errors().size()) + "\n\n" + listing(r.errors(), m));
            case Outcome.NoFolder n -> Reply.privateText(m.text("admin.reload.noFolder"));
            case Outcome.Failed f -> Reply.privateText(m.text("admin.reload.failed", f.reason()));
        };
    }

    /** Re-reads the folder and swaps the bank in when it has no errors. */
    public synchronized Outcome reload() {
        if (folder.isEmpty()) {
            return new Outcome.NoFolder();
        }
        ContentBank bank = loader.apply(folder.get());
        List<LoadProblem> errors = bank.problems().stream()
                .filter(p -> p.severity() == LoadProblem.Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            LOG.warn(
                    "Content reload from {} rejected: {} errors, first: {}",
                    folder.get(),
                    errors.size(),
                    errors.get(0));
            return new Outcome.Rejected(errors);
        }
        for (ContentTarget target : targets) {
            try {
                target.swap(bank);
            } catch (RuntimeException e) {
                LOG.error("Content reload from {} failed while swapping", folder.get(), e);
                return new Outcome.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        List<LoadProblem> warnings = bank.problems();
        LOG.info(
                "Content reloaded from {}: {} entries, {} warnings",
                folder.get(),
                bank.entries().size(),
                warnings.size());
        return new Outcome.Swapped(bank.entries().size(), warnings);
    }

    private static String listing(List<LoadProblem> problems, Messages m) {
        StringBuilder out = new StringBuilder("```\n");
        problems.stream()
                .limit(LISTED_PROBLEMS)
                .forEach(p -> out.append(p.toString().replace("```", "'''")).append('\n'));
        if (problems.size() > LISTED_PROBLEMS) {
            int more = problems.size() - LISTED_PROBLEMS;
            out.append(m.text("admin.reload.more", more)).append('\n');
        }
        return out.append("```").toString();
    }
}
