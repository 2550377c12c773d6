package dev.wenda.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.chat.TextWidth;
import dev.wenda.content.ContentBank;
import dev.wenda.content.LoadProblem;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda content list [--json] [DIR]}: one line per entry (refs, tags, question) or one JSON
 * array. Load problems go to stderr so stdout stays clean for pipes.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Print the entries of the bank (DIR, else --content, else the bundled bank).")
final class ContentListCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    ContentCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON array of entries.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of Q&A files.")
    Path dir;

    /** The JSON shape of one entry; {@code refs} are {@code stem#ordinal} strings. */
    record EntryJson(
            String id,
            String question,
            List<String> refs,
            List<String> tags,
            String answer,
            List<String> images,
            List<String> related) {
        static EntryJson of(QaEntry e) {
            return new EntryJson(
                    e.id(),
                    e.question(),
                    e.refs().stream().map(SourceRef::key).toList(),
                    e.tags(),
                    e.answer(),
                    e.images(),
                    e.related());
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        ContentBank bank = parent.bank(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        bank.problems().forEach(p -> err.println(p));
        err.flush();
        if (json) {
            out.println(JSON.writeValueAsString(
                    bank.entries().stream().map(EntryJson::of).toList()));
        } else {
            table(bank.entries()).forEach(out::println);
        }
        out.flush();
        boolean errors = bank.problems().stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR);
        return errors ? 1 : 0;
    }

    /** {@code refs  tags  question}, the first two columns padded to their widest cell. */
    static List<String> table(List<QaEntry> entries) {
        List<String> refs = entries.stream().map(ContentListCommand::refs).toList();
        List<String> tags = entries.stream()
                .map(e -> e.tags().isEmpty() ? "-" : String.join(",", e.tags()))
                .toList();
        int refWidth = refs.stream().mapToInt(TextWidth::of).max().orElse(0);
        int tagWidth = tags.stream().mapToInt(TextWidth::of).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add(TextWidth.pad(refs.get(i), refWidth) + "  " + TextWidth.pad(tags.get(i), tagWidth) + "  "
                    + entries.get(i).question());
        }
        return lines;
    }

    /** {@code 000_x#17,#18}: further refs of the same file show only their ordinal. */
    private static String refs(QaEntry entry) {
        StringBuilder text = new StringBuilder(entry.primaryRef().key());
        for (SourceRef ref : entry.refs().subList(1, entry.refs().size())) {
            text.append(',').append(ref.stem().equals(entry.primaryRef().stem()) ? "#" + ref.ordinal() : ref.key());
        }
        return text.toString();
    }
}
