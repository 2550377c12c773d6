package dev.wenda.bot.quiz;

import dev.wenda.search.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grades typed answers to trivia questions with search's normalization ({@link TextNormalizer}:
 * full-width to half-width, Traditional to Simplified Chinese, case, Chinese punctuation to ASCII,
 * runs of spaces to one), then without the punctuation and spaces around the text: {@code
 * 「巴黎」。} reads as {@code 巴黎}. Punctuation inside the text counts, and so do symbols such as
 * {@code +} and {@code #} anywhere ({@code C++} is not {@code C}).
 */
final class TypedAnswers {
    /**
     * The longest accepted answer that makes an entry a typed question, in characters: a word or a
     * short phrase ("反向传播", "Adam", "Batch Normalization"), not a sentence.
     */
    static final int MAX_ANSWER_CHARS = 40;

    /** Typed text longer than this is chat, not an answer attempt. */
    static final int MAX_TYPED_CHARS = 2 * MAX_ANSWER_CHARS;

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final Pattern AROUND =
            Pattern.compile("^[\\s.,!?;:'\"()\\[\\]<>{}~\\-]+|[\\s.,!?;:'\"()\\[\\]<>{}~\\-]+$");

    private TypedAnswers() {}

    /** The form answers are compared in; empty when nothing but punctuation and spaces is left. */
    static String normalize(String text) {
        return AROUND.matcher(NORMALIZER.normalize(text)).replaceAll("");
    }

    /** Whether {@code given} reads as one of {@code accepted}. */
    static boolean accepts(List<String> accepted, String given) {
        String typed = normalize(given);
        return !typed.isEmpty()
                && accepted.stream().map(TypedAnswers::normalize).anyMatch(typed::equals);
    }

    /**
     * The accepted answers of an entry that plays as a typed question: every one of them 1 to
     * {@value #MAX_ANSWER_CHARS} characters long and with something left to compare; empty when
     * there are none or one is longer (a sentence is no answer to type).
     */
    static Optional<List<String>> playable(List<String> accepted) {
        if (accepted.isEmpty()
                || accepted.stream()
                        .anyMatch(a -> a.strip().length() > MAX_ANSWER_CHARS
                                || normalize(a).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(accepted.stream().map(String::strip).toList());
    }

    /** The text as an answer attempt: stripped, when it has text and is short enough to be one. */
    static Optional<String> attempt(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()
                || stripped.length() > MAX_TYPED_CHARS
                || normalize(stripped).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(stripped);
    }
}
