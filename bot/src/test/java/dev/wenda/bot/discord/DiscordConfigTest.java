package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wenda.bot.config.ShardRange;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {
    @Test
    @DisplayName("toString never shows the token")
    void toString_hidesToken() {
        DiscordConfig config = DiscordConfig.of(() -> "MTIz.secret-token")
                .withShards(ShardRange.parse("0-1/2", OptionalInt.empty(), ""));
        assertFalse(config.toString().contains("secret"), config.toString());
        assertEquals(
                "DiscordConfig[token=<hidden>, commandGuilds=[], shards=0-1/2, messageContent=false,"
                        + " adminRoleId=Optional.empty, restBaseUrl=Optional.empty, gatewayUrl=Optional.empty]",
                config.toString());
    }

    @Test
    @DisplayName("guild ids and the admin role must be Discord ids")
    void ids_mustBeSnowflakes() {
        assertEquals(
                "commandGuilds must hold Discord ids (digits), was 'my-server'",
                assertThrows(IllegalArgumentException.class, () -> DiscordConfig.of(() -> "t")
                                .withCommandGuilds(List.of("my-server")))
                        .getMessage());
        assertEquals(
                "adminRoleId must hold Discord ids (digits), was 'admins'",
                assertThrows(IllegalArgumentException.class, () -> DiscordConfig.of(() -> "t")
                                .withAdminRole("admins"))
                        .getMessage());
    }

    @Test
    @DisplayName("endpoint overrides must be http(s) and ws(s) URLs")
    void endpoints_checkSchemes() {
        assertEquals(
                "gatewayUrl must start with ws:// or wss://, was 'http://127.0.0.1:1/'",
                assertThrows(IllegalArgumentException.class, () -> DiscordConfig.of(() -> "t")
                                .withEndpoints("http://127.0.0.1:1/api/v10/", "http://127.0.0.1:1/"))
                        .getMessage());
    }
}
