package dev.wenda.bot.app;

import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.calc.NumericQuizFactory;
import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    private final Optional<Path> contentDir;
    private ContentBank bank;
    private Calc calc;
    private NumericQuestions numericQuestions;
    private NumericQuizFactory numericQuiz;

    public Wiring(Optional<Path> contentDir) {
        this.contentDir = contentDir;
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public synchronized ContentBank bank() {
        if (bank == null) {
            bank = contentDir.map(ContentBank::load).orElseGet(ContentBank::bundled);
        }
        return bank;
    }

    /** The numeric module: receptive field, params and MACs (no index, no database). */
    public synchronized Calc calc() {
        if (calc == null) {
            calc = new Calc();
        }
        return calc;
    }

    /** Numeric questions in plain Chinese or English, for the ask flow and {@code /calc}. */
    public synchronized NumericQuestions numericQuestions() {
        if (numericQuestions == null) {
            numericQuestions = new NumericQuestions(calc());
        }
        return numericQuestions;
    }

    /** Random numeric quiz questions (receptive field, params, MACs, output size). */
    public synchronized NumericQuizFactory numericQuiz() {
        if (numericQuiz == null) {
            numericQuiz = new NumericQuizFactory(calc());
        }
        return numericQuiz;
    }
}
