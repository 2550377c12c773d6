package dev.wenda.bot.ops.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Wenda's log encoder: readable lines by default, one JSON object per line when the format is
 * {@code json} (Logback's own {@link JsonEncoder}), and in both every known secret replaced by
 * {@code ****} — in the message, the MDC and the stack trace alike, because the mask applies to
 * the finished bytes. Configured in {@code logback.xml}; {@link LogSetup} switches the format and
 * installs the {@link SecretMask} once the configuration is loaded.
 */
public final class WendaEncoder extends EncoderBase<ILoggingEvent> {
    private final PatternLayoutEncoder text = new PatternLayoutEncoder();
    private final JsonEncoder json = new JsonEncoder();
    private String pattern = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} %X{cid}- %msg%n";
    private volatile boolean useJson;

    /** {@code text} or {@code json}; anything else falls back to text with a status warning. */
    public void setFormat(String format) {
        String lower = format.strip().toLowerCase(Locale.ROOT);
        if (!lower.equals("text") && !lower.equals("json")) {
            addWarn("unknown log format '" + format + "', using text");
        }
        useJson = lower.equals("json");
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public boolean json() {
        return useJson;
    }

    void useJson(boolean on) {
        useJson = on;
    }

    @Override
    public void start() {
        text.setContext(getContext());
        text.setPattern(pattern);
        text.setCharset(StandardCharsets.UTF_8);
        text.start();
        json.setContext(getContext());
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithArguments(false);
        json.setWithMessage(false);
        json.setWithFormattedMessage(true);
        json.start();
        super.start();
    }

    @Override
    public void stop() {
        text.stop();
        json.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] bytes = useJson ? json.encode(event) : text.encode(event);
        if (getContext() != null
                && getContext().getObject(SecretMask.CONTEXT_KEY) instanceof SecretMask mask
                && !mask.isEmpty()) {
            String line = new String(bytes, StandardCharsets.UTF_8);
            return (useJson ? mask.maskJson(line) : mask.mask(line)).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
