package dev.wenda.bot.ops.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.config.Secret;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
    @Test
    @DisplayName("a secret is masked as a whole value, never inside another word")
    void mask_wholeValuesOnly() {
        SecretMask mask = new SecretMask(List.of(new Secret("indexing")));
        assertEquals("reindexing 103 of 103 entries", mask.mask("reindexing 103 of 103 entries"));
        assertEquals("indexings", mask.mask("indexings"));
        assertEquals("password=****; user ****", mask.mask("password=indexing; user indexing"));
    }

    @Test
    @DisplayName("a secret starting or ending with punctuation is masked wherever it stands whole")
    void mask_punctuationEdges() {
        SecretMask mask = new SecretMask(List.of(new Secret("-p4ss-w0rd-")));
        assertEquals("a****b", mask.mask("a-p4ss-w0rd-b"));
    }

    @Test
    @DisplayName("a JSON line with a quoted secret stays valid JSON after masking")
    void maskJson_keepsLineValid() throws Exception {
        SecretMask mask = new SecretMask(List.of(new Secret("ab\"cd\\ef/gh")));
        String line = new ObjectMapper()
                .writeValueAsString(java.util.Map.of("message", "secret ab\"cd\\ef/gh and \"quotes\""))
                .replace("/", "\\/");
        String masked = mask.maskJson(line);
        assertEquals(
                "secret **** and \"quotes\"",
                new ObjectMapper().readTree(masked).get("message").asText());
    }
}
