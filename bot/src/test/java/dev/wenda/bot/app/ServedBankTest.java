package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ServedBankTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ServedBank.class);

    @TempDir
    Path content;

    @BeforeEach
    void listen() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logs);
    }

    @Test
    @DisplayName("a content folder with errors is served, with a warning that says how many and the first")
    void bankWithErrors_isServedWithAWarning() throws IOException {
        Files.writeString(
                content.resolve("bank.md"),
                "# Bank\n\n## What is a tensor?\n\n```python\nx = 1\n\n## What is a matrix?\n\nA table of numbers.\n");
        ServedBank bank = new ServedBank(Optional.of(content));
        int entries = bank.get().entries().size();
        List<String> warnings = logs.list.stream()
                .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertEquals(1, warnings.size(), warnings.toString());
        String first = bank.get().problems().stream()
                .filter(p -> p.severity() == dev.wenda.content.LoadProblem.Severity.ERROR)
                .findFirst()
                .orElseThrow()
                .toString();
        assertEquals(
                "the content has 1 error(s) ('wenda content check' lists them); serving " + entries
                        + " entries anyway. First: " + first,
                warnings.getFirst());
    }

    @Test
    @DisplayName("the bundled bank loads without a warning")
    void bundledBank_noWarning() {
        new ServedBank(Optional.empty()).get();
        assertEquals(
                List.of(),
                logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }
}
