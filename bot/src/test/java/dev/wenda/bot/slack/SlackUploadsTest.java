package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a shared file's download may send the bot token. The SDK's HTTP client runs over an OkHttp
 * interceptor that records every request it is asked to make and answers it itself, so no request
 * leaves the machine and a refused URL provably gets none.
 */
class SlackUploadsTest {
    private static final String TOKEN = "xoxb-secret";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final SlackHttpClient http = new SlackHttpClient(new OkHttpClient.Builder()
            .addInterceptor(chain -> {
                requests.add(chain.request().url() + " " + chain.request().header("Authorization"));
                return new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(ResponseBody.create("deck bytes", MediaType.get("text/plain")))
                        .build();
            })
            .build());

    private SlackUploads.Downloads downloads(Optional<String> apiBase) {
        return SlackUploads.withToken(http, () -> TOKEN, SlackUploads.TokenOrigins.of(apiBase));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a file on https://files.slack.com is fetched with the bot token")
    void slackFileHost_fetchedWithToken() throws Exception {
        SlackUploads.Downloads downloads = downloads(Optional.empty());
        String url = "https://files.slack.com/files-pri/T0001-F1/deck.md";

        assertTrue(downloads.fetches(url));
        assertEquals("deck bytes", read(downloads.open(url)));
        assertEquals(List.of(url + " Bearer " + TOKEN), requests);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://files.slack.com/files-pri/T0001-F1/deck.md",
                "https://files.slack.com:8443/files-pri/T0001-F1/deck.md",
                "https://files.slack.com.example.org/files-pri/T0001-F1/deck.md",
                "https://example.org/files.slack.com/deck.md",
                "https://example.org#@files.slack.com/deck.md",
                "https://user:pw@files.slack.com/files-pri/T0001-F1/deck.md",
                "https://slack.com/files-pri/T0001-F1/deck.md",
                "http://127.0.0.1:8080/files-pri/T0001-F1/deck.md",
                "ftp://files.slack.com/deck.md",
                "not a url"
            })
    @DisplayName("any URL but Slack's file host over HTTPS gets no request and fails without the token")
    void otherUrl_noRequest(String url) {
        SlackUploads.Downloads downloads = downloads(Optional.empty());

        assertFalse(downloads.fetches(url));
        IOException refused = assertThrows(IOException.class, () -> downloads.open(url));
        assertEquals("a shared file is not on Slack's file host; not fetched", refused.getMessage());
        assertEquals(List.of(), requests);
    }

    @Test
    @DisplayName("the configured Web API base's origin is trusted too, and only that origin")
    void configuredApiBase_onlyItsOriginTrusted() throws Exception {
        SlackUploads.Downloads downloads = downloads(Optional.of("http://127.0.0.1:8080/api/"));
        String same = "http://127.0.0.1:8080/files-pri/T0001-F1/deck.md";

        assertEquals("deck bytes", read(downloads.open(same)));
        assertFalse(downloads.fetches("http://127.0.0.1:8081/files-pri/T0001-F1/deck.md"));
        assertFalse(downloads.fetches("https://127.0.0.1:8080/files-pri/T0001-F1/deck.md"));
        assertFalse(downloads.fetches("http://localhost:8080/files-pri/T0001-F1/deck.md"));
        assertTrue(downloads.fetches("https://files.slack.com/files-pri/T0001-F1/deck.md"));
        assertEquals(List.of(same + " Bearer " + TOKEN), requests);
    }
}
