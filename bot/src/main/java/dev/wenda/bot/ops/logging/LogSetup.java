package dev.wenda.bot.ops.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import dev.wenda.bot.config.Secret;
import dev.wenda.bot.config.WendaConfig;
import java.util.Collection;
import java.util.Iterator;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies the loaded configuration to Logback: the format of every {@link WendaEncoder}, the level
 * of Wenda's loggers, and the secrets to mask. A no-op when SLF4J is bound to something else.
 */
public final class LogSetup {
    private LogSetup() {}

    public static void apply(WendaConfig.Logging logging, Collection<Secret> secrets) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            apply(context, logging, secrets);
        }
    }

    /**
     * Raises every logger to WARN, for the console: INFO lines on the terminal would land inside the
     * conversation. Warnings and errors still go to standard error.
     */
    public static void warningsOnly() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            warningsOnly(context);
        }
    }

    static void warningsOnly(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null && !logger.getLevel().isGreaterOrEqual(Level.WARN)) {
                logger.setLevel(Level.WARN);
            }
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!root.getLevel().isGreaterOrEqual(Level.WARN)) {
            root.setLevel(Level.WARN);
        }
    }

    static void apply(LoggerContext context, WendaConfig.Logging logging, Collection<Secret> secrets) {
        context.putObject(SecretMask.CONTEXT_KEY, new SecretMask(secrets));
        context.getLogger("dev.wenda").setLevel(Level.toLevel(logging.level(), Level.INFO));
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = root.iteratorForAppenders();
                it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<?> appender
                    && appender.getEncoder() instanceof WendaEncoder encoder) {
                encoder.useJson(logging.format() == WendaConfig.Logging.Format.JSON);
            }
        }
    }
}
