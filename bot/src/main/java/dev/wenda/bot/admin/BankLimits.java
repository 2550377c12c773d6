package dev.wenda.bot.admin;

/**
 * What one community may put in its bank.
 *
 * @param maxEntries live entries per community ({@code bank.max-entries}, 20,000 by default)
 * @param maxAnswerChars characters per answer
 * @param maxFileBytes bytes per imported file
 */
public record BankLimits(int maxEntries, int maxAnswerChars, int maxFileBytes) {
    public static final int MAX_QUESTION_CHARS = 2_000;

    public BankLimits {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        if (maxAnswerChars < 1 || maxAnswerChars > 8_000) {
            throw new IllegalArgumentException("maxAnswerChars must be 1..8000, was " + maxAnswerChars);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
    }

    /** 20,000 entries, 8,000-character answers, 5 MB files. */
    public static BankLimits defaults() {
        return new BankLimits(20_000, 8_000, 5 * 1024 * 1024);
    }

    public BankLimits withMaxEntries(int n) {
        return new BankLimits(n, maxAnswerChars, maxFileBytes);
    }
}
