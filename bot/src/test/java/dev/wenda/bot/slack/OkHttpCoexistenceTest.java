package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import net.dv8tion.jda.api.requests.RestConfig;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JDA 6 brings okhttp 5 and the Slack SDK okhttp 4, both with {@code okhttp3.*} classes; the build
 * excludes okhttp 4 from bolt. This checks that both libraries work on the one okhttp in one JVM.
 */
class OkHttpCoexistenceTest {
    @Test
    @DisplayName("JDA's okhttp client and a Slack Web API call work side by side on a single okhttp")
    void jdaAndSlack_shareOneOkHttp() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
        assertEquals(1, copies.size(), "okhttp3.OkHttpClient on the classpath: " + copies);
        assertTrue(okhttp3.OkHttp.VERSION.startsWith("5."), "okhttp " + okhttp3.OkHttp.VERSION);

        try (FakeSlackApi api = new FakeSlackApi()) {
            RestConfig jdaRest = new RestConfig().setBaseUrl(api.apiBase());
            OkHttpClient jdaHttp = new OkHttpClient.Builder().build();
            try (Response response = jdaHttp.newCall(new Request.Builder()
                            .url(jdaRest.getBaseUrl() + "auth.test")
                            .build())
                    .execute()) {
                assertEquals(200, response.code());
            }

            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiBase());
            config.setStatsEnabled(false);
            Slack slack = Slack.getInstance(config);
            AuthTestResponse auth = slack.methods("xoxb-fake").authTest(r -> r);
            slack.close();
            assertTrue(auth.isOk());
            assertEquals("U0BOT", auth.getUserId());
            jdaHttp.dispatcher().executorService().shutdown();
            jdaHttp.connectionPool().evictAll();
        }
    }
}
