package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {
    @Test
    @DisplayName(
            "the permission integer is View Channels, Send Messages (and in threads), Embed Links, Attach Files, Read History")
    void permissions_areTheDeclaredSet() {
        assertEquals(
                (1L << 10) | (1L << 11) | (1L << 38) | (1L << 14) | (1L << 15) | (1L << 16),
                DiscordInvite.permissions());
        assertEquals(274_878_024_704L, DiscordInvite.permissions()); // the integer the docs give
    }

    @Test
    @DisplayName("the invite URL names the application, both scopes and the permission integer")
    void url_forApplicationId() {
        assertEquals(
                "https://discord.com/oauth2/authorize?client_id=1234567890123456789"
                        + "&scope=bot+applications.commands&permissions=274878024704",
                DiscordInvite.url(1_234_567_890_123_456_789L));
    }

    @Test
    @DisplayName("an application id that is not positive is refused with the value")
    void url_badId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscordInvite.url(0));
        assertEquals("applicationId must be positive, was 0", e.getMessage());
    }
}
