package dev.wenda.bot.calc;

/**
 * A user mistake in a calc expression, layer file or question: its one-line message names the bad
 * part. It never leaves the package's public entry points, which turn it into an error value.
 */
public final class CalcInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalcInputException(String message) {
        super(message, null, false, false);
    }
}
