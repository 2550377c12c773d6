package dev.wenda.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebServerTest {
    @Test
    void serve_pagesStyleSheetAndRefusals_withTheirHeaders() throws Exception {
        try (var db = TestDatabases.open(Backend.H2);
                var client = HttpClient.newHttpClient()) {
            WebFixture f = new WebFixture(db.database());
            try (WebServer server = WebServer.start("127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"))) {
                String root = "http://127.0.0.1:" + server.port();
                HttpResponse<String> page = get(client, root + "/w/DISCORD/g1/boards?t=" + f.token() + "&lang=en");
                assertEquals(200, page.statusCode());
                assertEquals(
                        "text/html; charset=utf-8",
                        page.headers().firstValue("Content-Type").orElseThrow());
                assertEquals(
                        "no-store", page.headers().firstValue("Cache-Control").orElseThrow());
                assertEquals(
                        "no-referrer",
                        page.headers().firstValue("Referrer-Policy").orElseThrow());
                String csp =
                        page.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertTrue(csp.startsWith("default-src 'none'; style-src 'self';"), csp);
                assertTrue(page.body().contains("<h1>Server leaderboard: this week</h1>"), page.body());

                HttpResponse<String> css = get(client, root + "/static/wenda.css");
                assertEquals(200, css.statusCode());
                assertEquals(
                        "public, max-age=86400",
                        css.headers().firstValue("Cache-Control").orElseThrow());
                assertEquals(WebSite.CSS, css.body());

                HttpResponse<String> missing = get(client, root + "/w/DISCORD/g1/boards?lang=en");
                assertEquals(403, missing.statusCode());
                HttpResponse<String> post = client.send(
                        HttpRequest.newBuilder(URI.create(root + "/"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(405, post.statusCode());
                assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
            }
        }
    }

    @Test
    void query_decodesFirstValuesAndDropsBrokenPairs() {
        assertEquals(Map.of("a", "x y", "b", "中", "c", ""), WebServer.query("a=x+y&a=2&b=%E4%B8%AD&c&=z&d=%zz"));
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
