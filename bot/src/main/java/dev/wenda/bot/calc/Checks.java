package dev.wenda.bot.calc;

/** Guard clauses whose messages name the argument and show the bad value. */
final class Checks {
    /** The largest size, channel count or kernel accepted anywhere: a billion. */
    static final long MAX_VALUE = 1_000_000_000L;

    private Checks() {}

    static long positive(String what, long value) {
        if (value <= 0) {
            throw new CalcInputException(what + " must be >= 1, was " + value);
        }
        if (value > MAX_VALUE) {
            throw new CalcInputException(what + " " + value + " is too large (at most 1,000,000,000)");
        }
        return value;
    }
}
