package dev.wenda.bot.chat;

import java.util.Arrays;
import java.util.List;

/**
 * The text form of the bank's admin commands: {@code add QUESTION | ANSWER [| TAGS]}, {@code edit
 * ENTRY QUESTION | ANSWER [| TAGS]}, {@code remove ENTRY} and {@code gaps}. The answer keeps its
 * line breaks; tags are separated by commas.
 */
public final class BankCommands {
    static final String ADD = "add QUESTION | ANSWER [| TAGS]";
    static final String EDIT = "edit ENTRY QUESTION | ANSWER [| TAGS]";

    private BankCommands() {}

    /** @param rest what follows the verb, as typed */
    static TextCommand.Parsed parse(Origin origin, String verb, String rest) {
        return switch (verb) {
            case "add" -> {
                String[] parts = rest.split("\\|", 3);
                yield parts.length < 2
                        ? TextCommand.usage(origin, ADD)
                        : TextCommand.ok(
                                new ChatRequest.BankAdd(origin, parts[0].strip(), parts[1].strip(), tags(parts)));
            }
            case "edit" -> {
                String[] idAndRest = rest.split("\\s+", 2);
                String[] parts = idAndRest.length < 2 ? new String[0] : idAndRest[1].split("\\|", 3);
                yield parts.length < 2
                        ? TextCommand.usage(origin, EDIT)
                        : TextCommand.ok(new ChatRequest.BankEdit(
                                origin, idAndRest[0], parts[0].strip(), parts[1].strip(), tags(parts)));
            }
            case "remove" ->
                rest.isEmpty() || rest.contains(" ")
                        ? TextCommand.usage(origin, "remove ENTRY")
                        : TextCommand.ok(new ChatRequest.BankRemove(origin, rest));
            default ->
                rest.isEmpty() ? TextCommand.ok(new ChatRequest.Gaps(origin)) : TextCommand.usage(origin, "gaps");
        };
    }

    private static List<String> tags(String[] parts) {
        return parts.length < 3 ? List.of() : tags(parts[2]);
    }

    /** Tags as typed: separated by commas (ASCII or full-width) or 、, blanks and repeats dropped. */
    public static List<String> tags(String text) {
        return Arrays.stream(text.split("[,，、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
