package dev.wenda.bot.ops.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    @DisplayName("for the console every logger is raised to WARN; quieter ones stay as they are")
    void warningsOnly_raisesInfoAndDebugToWarn() {
        LoggerContext context = new LoggerContext();
        context.getLogger("dev.wenda").setLevel(Level.INFO);
        context.getLogger("dev.wenda.search").setLevel(Level.DEBUG);
        context.getLogger("ai.djl").setLevel(Level.ERROR);

        LogSetup.warningsOnly(context);

        assertFalse(context.getLogger("dev.wenda.search.IndexBuilder").isInfoEnabled());
        assertTrue(context.getLogger("dev.wenda.search.IndexBuilder").isWarnEnabled());
        assertFalse(context.getLogger("org.apache.lucene").isInfoEnabled());
        assertEquals(Level.ERROR, context.getLogger("ai.djl").getLevel());
    }
}
