package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Numeric questions for chat: plain questions routed from the ask flow ({@link #answer}) and the
 * structured {@code /calc} command ({@link #calc}). Replies hold an aligned table in a code block,
 * the formulas, a one-line explanation (Chinese, or English for English questions / non-Chinese
 * locales), key values as fields, and for receptive fields a PNG of how it grows.
 */
public final class NumericQuestions {
    /** Longest calc error shown in chat, in code points; the message names the bad part of the input. */
    static final int MAX_ERROR = 300;

    private final Calc calc;
    private final QuestionReader reader = new QuestionReader();

    public NumericQuestions(Calc calc) {
        this.calc = Objects.requireNonNull(calc, "calc");
    }

    /**
     * A reply when the question is numeric: computed when fully understood, otherwise what was
     * understood and the syntax. Empty when the text is not a numeric question, so the ask flow
     * searches the bank instead.
     */
    public Optional<Reply> answer(String question, Locale locale) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(locale, "locale");
        if (question.length() > 2_000) {
            return Optional.empty();
        }
        // The question's own language wins over the user's locale: Han characters, else Latin letters.
        Messages lang = Messages.of(
                QuestionWords.hasHan(question)
                        ? Locale.CHINESE
                        : QuestionWords.normalize(question).matches(".*[a-z].*") ? Locale.ENGLISH : locale);
        return switch (reader.read(question, lang)) {
            case QuestionReader.Reading.NotNumeric n -> Optional.empty();
            case QuestionReader.Reading.Partial p -> Optional.of(partial(p, lang));
            case QuestionReader.Reading.Understood u -> Optional.of(understood(u, lang));
        };
    }

    /**
     * The reply to {@code /calc EXPRESSION}: a result, the syntax help, or a one-line error. User text
     * echoed back (the expression, the bad part named by an error) is escaped with {@link UserText}.
     */
    public Reply calc(String expression, Locale locale) {
        Messages lang = Messages.of(locale);
        return switch (calc.run(expression)) {
            case Calc.Outcome.Computed c ->
                c.json()
                        ? Reply.text("```json\n" + calc.json().render(c.report()) + "```")
                        : computed(
                                c.report(),
                                QuestionReader.Intent.RF,
                                "/calc " + UserText.literal(expression.strip(), MAX_ERROR),
                                List.of(),
                                lang);
            case Calc.Outcome.Help h -> Reply.text("```\n" + h.text() + "```").withTitle("/calc");
            case Calc.Outcome.Failed f ->
                Reply.privateText("calc: " + UserText.quote(f.message(), MAX_ERROR) + "\n" + lang.text("calc.usage"));
        };
    }

    private Reply understood(QuestionReader.Reading.Understood u, Messages lang) {
        String command = "/calc " + u.expression();
        return switch (calc.run(u.expression())) {
            case Calc.Outcome.Computed c -> computed(c.report(), u.intent(), command, u.notes(), lang);
            case Calc.Outcome.Failed f ->
                Reply.text(lang.text("calc.cannotCompute", command, f.message()))
                        .withTitle(lang.text("calc.cannotComputeTitle"));
            case Calc.Outcome.Help h -> Reply.text("```\n" + h.text() + "```");
        };
    }

    private Reply computed(
            CalcReport report, QuestionReader.Intent intent, String command, List<String> notes, Messages lang) {
        ReportText.Rendered r = calc.text().render(report, lang);
        StringBuilder md = new StringBuilder();
        md.append(lang.text("calc.readAs", command)).append("\n");
        md.append("```\n").append(r.table()).append("```\n");
        r.formulas().forEach(f -> md.append(f).append('\n'));
        notes.forEach(n -> md.append(n).append('\n'));
        List<Reply.Field> fields = new ArrayList<>();
        String summary = r.summary();
        Optional<StackAnalysis> rfAnalysis = Optional.empty();
        switch (report) {
            case CalcReport.Rf rf -> {
                StackAnalysis a = rf.analysis();
                a.receptiveField()
                        .ifPresent(v -> fields.add(new Reply.Field(lang.text("calc.field.rf"), v + "x" + v, true)));
                a.effectiveStride()
                        .ifPresent(v ->
                                fields.add(new Reply.Field(lang.text("calc.field.stride"), Long.toString(v), true)));
                if (a.output().sizeKnown()) {
                    String out = a.output().height().getAsLong() + "x"
                            + a.output().width().getAsLong();
                    fields.add(new Reply.Field(lang.text("calc.field.output"), out, true));
                    if (intent == QuestionReader.Intent.OUTPUT) {
                        summary = lang.text("calc.outputFirst", out, summary);
                    }
                }
                rfAnalysis = Optional.of(a);
            }
            case CalcReport.Count c -> costFields(c.analysis(), fields, lang);
            case CalcReport.Net n -> {
                costFields(n.analysis(), fields, lang);
                n.analysis()
                        .receptiveField()
                        .ifPresent(
                                v -> fields.add(new Reply.Field(lang.text("calc.field.rf"), Long.toString(v), true)));
            }
            case CalcReport.Compare c -> {
                for (int i = 0; i < c.entries().size(); i++) {
                    fields.add(new Reply.Field(
                            "MACs #" + (i + 1),
                            Humanize.both(c.entries().get(i).analysis().macs().orElseThrow()),
                            true));
                }
            }
        }
        md.append(summary);
        Reply reply = Reply.text(md.toString())
                .withTitle(title(report, intent, lang))
                .withFields(fields)
                .withFooter(command);
        if (rfAnalysis.isPresent() && RfPainter.drawable(rfAnalysis.get())) {
            reply = reply.withAttachment(
                    new Reply.Attachment("receptive-field.png", calc.painter().png(rfAnalysis.get())));
        }
        return reply;
    }

    private static void costFields(StackAnalysis a, List<Reply.Field> fields, Messages lang) {
        a.params().ifPresent(p -> fields.add(new Reply.Field(lang.text("calc.field.params"), Humanize.both(p), true)));
        a.macs().ifPresent(m -> fields.add(new Reply.Field("MACs", Humanize.both(m), true)));
        a.flops().ifPresent(f -> fields.add(new Reply.Field("FLOPs (2·MACs)", Humanize.both(f), true)));
    }

    private static String title(CalcReport report, QuestionReader.Intent intent, Messages lang) {
        return switch (report) {
            case CalcReport.Rf r ->
                intent == QuestionReader.Intent.OUTPUT ? lang.text("calc.field.output") : lang.text("calc.field.rf");
            case CalcReport.Count c -> lang.text("calc.title.count");
            case CalcReport.Compare c -> lang.text("calc.title.compare");
            case CalcReport.Net n -> n.name();
        };
    }

    private static Reply partial(QuestionReader.Reading.Partial p, Messages lang) {
        String understood =
                p.understood().isEmpty() ? lang.text("calc.partial.nothing") : String.join("; ", p.understood());
        String md = lang.text("calc.partial", understood, p.missing(), p.example()) + "\n```\n" + CalcSyntax.EXAMPLES
                + "\n```";
        return Reply.text(md).withTitle(lang.text("calc.partial.title"));
    }
}
