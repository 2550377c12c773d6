package dev.wenda.bot.bench;

import com.slack.api.app_backend.SlackSignature;
import dev.wenda.bot.slack.SlackBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Posts request bodies to the bot's Slack endpoint, signed as Slack signs them, without blocking. */
final class SignedSlack {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final SlackSignature.Generator signer;

    SignedSlack(int port, String secret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + SlackBot.EVENTS_PATH);
        this.signer = new SlackSignature.Generator(secret);
    }

    /** The HTTP status of Bolt's ack. */
    CompletableFuture<Integer> post(String body, String contentType) {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signer.generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
