package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    @Test
    @DisplayName("toString shows the setup but never a token or the signing secret")
    void toString_hidesSecrets() {
        SlackSettings settings = SlackSettings.httpMode(
                        () -> "xoxb-secret-token", () -> "signing-secret", "0.0.0.0", 3000)
                .withAdminUsers(Set.of("U9"));

        assertEquals(
                "SlackSettings[mode=HTTP, host=0.0.0.0, port=3000, adminUsers=[U9], apiBaseUrl=default, secrets=<hidden>]",
                settings.toString());
    }

    @Test
    @DisplayName("a bad port or API base URL is rejected with the bad value in the message")
    void badValues_areRejected() {
        IllegalArgumentException port = assertThrows(
                IllegalArgumentException.class,
                () -> SlackSettings.httpMode(() -> "t", () -> "s", "127.0.0.1", 70_000));
        assertEquals("port must be 0-65535, was 70000", port.getMessage());
        IllegalArgumentException url =
                assertThrows(IllegalArgumentException.class, () -> SlackSettings.socketMode(() -> "t", () -> "a")
                        .withApiBaseUrl("http://127.0.0.1:1/api"));
        assertEquals("apiBaseUrl must be an http(s) URL ending in '/', was 'http://127.0.0.1:1/api'", url.getMessage());
    }

    @Test
    @DisplayName("starting without a token fails with a message naming the missing secret")
    void missingToken_failsClearly() {
        SlackBot bot = new SlackBot(SlackSettings.socketMode(() -> "", () -> "xapp"), request -> null);

        IllegalStateException e = assertThrows(IllegalStateException.class, bot::start);

        assertEquals("Slack bot token is not set", e.getMessage());
        bot.stop();
    }
}
