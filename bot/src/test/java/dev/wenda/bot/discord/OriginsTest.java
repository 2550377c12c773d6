package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OriginsTest {
    private static Origin user(Locale locale) {
        return new Origin(Platform.DISCORD, "g", "c", "u", "Alice", locale, false);
    }

    @Test
    @DisplayName("Han characters mark a message as Chinese; Latin text does not")
    void hasHan() {
        assertTrue(Origins.hasHan("什么是 dropout?"));
        assertFalse(Origins.hasHan("what is dropout? ½ ü"));
    }

    @Test
    @DisplayName("the adapter's own messages follow the user's language")
    void texts_followLocale() {
        assertEquals(
                "抱歉，出了点问题，请稍后再试。",
                Texts.apology(user(Locale.forLanguageTag("zh-TW"))).markdown());
        assertEquals(
                "Sorry, something went wrong on our side. Please try again in a moment.",
                Texts.apology(user(Locale.forLanguageTag("en-GB"))).markdown());
        assertTrue(Texts.apology(user(Locale.ENGLISH)).ephemeral());
        assertEquals("Your answer", Texts.modalTitle(user(Locale.ENGLISH)));
        assertEquals("你的答案", Texts.modalTitle(user(Locale.CHINA)));
    }
}
