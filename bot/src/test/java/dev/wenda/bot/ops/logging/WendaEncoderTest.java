package dev.wenda.bot.ops.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.config.Secret;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.config.WendaConfig.Logging.Format;
import dev.wenda.bot.ops.Correlation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WendaEncoderTest {
    private static final Secret TOKEN = new Secret("MTIz.discord-token.XYZ");
    private static final Secret PASSWORD = new Secret("pa\"ss-word");

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Logger log;

    @BeforeEach
    void setUp() {
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        WendaEncoder encoder = new WendaEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %X{cid:--} %msg%n%ex");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        log = context.getLogger("dev.wenda.test");
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a log line containing a token shows it masked")
    void tokenMaskedInText() {
        LogSetup.apply(context, new WendaConfig.Logging(Format.TEXT, "info"), List.of(TOKEN, PASSWORD));
        log.info("logging in with {}", TOKEN.reveal());
        assertEquals("INFO - logging in with ****\n", written());
    }

    @Test
    @DisplayName("a token inside an exception's message and stack trace is masked too")
    void tokenMaskedInStackTrace() {
        LogSetup.apply(context, new WendaConfig.Logging(Format.TEXT, "info"), List.of(TOKEN));
        log.error("login failed", new IllegalStateException("401 for token " + TOKEN.reveal()));
        String text = written();
        assertTrue(
                text.startsWith("ERROR - login failed\njava.lang.IllegalStateException: 401 for token ****\n"), text);
        assertFalse(text.contains(TOKEN.reveal()), text);
    }

    @Test
    @DisplayName("JSON format writes one object per line with the correlation id, secrets masked even when escaped")
    void jsonLines() throws Exception {
        LogSetup.apply(context, new WendaConfig.Logging(Format.JSON, "info"), List.of(TOKEN, PASSWORD));
        try (Correlation scope = Correlation.open("c0ffee")) {
            log.info("password {} token {} in {}", PASSWORD.reveal(), TOKEN.reveal(), scope);
        }
        String line = written().strip();
        assertFalse(line.contains("\n"));
        JsonNode node = new ObjectMapper().readTree(line);
        assertEquals("INFO", node.get("level").asText());
        assertEquals("dev.wenda.test", node.get("loggerName").asText());
        assertEquals(
                "password **** token **** in " + "Correlation[c0ffee]",
                node.get("formattedMessage").asText());
        assertEquals("c0ffee", node.get("mdc").get("cid").asText());
    }

    @Test
    @DisplayName("the level from the configuration applies to Wenda's loggers")
    void level() {
        LogSetup.apply(context, new WendaConfig.Logging(Format.TEXT, "warn"), List.of());
        log.info("hidden");
        log.warn("shown");
        assertEquals("WARN - shown\n", written());
    }
}
