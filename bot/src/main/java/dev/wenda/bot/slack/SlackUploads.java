package dev.wenda.bot.slack;

import com.slack.api.model.File;
import com.slack.api.util.http.SlackHttpClient;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.FileSource;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A file shared with the app (a DM or a mention) with the text {@code import [deck NAME]}: the file
 * becomes a {@link ChatRequest.ImportDeck} whose bytes are fetched on demand from its {@code
 * url_private_download} with the bot token, through the Slack SDK's HTTP client ({@code
 * files:read}). Slack's declared size is checked before, the read is capped again. The token goes
 * only where {@link TokenOrigins} allows; a file anywhere else is refused without a request.
 */
final class SlackUploads {
    private static final Pattern COMMAND =
            Pattern.compile("(?i)(?:<@[A-Z0-9]+(?:\\|[^>]*)?>\\s*)?import(?:\\s+deck\\s+(\\S+))?\\s*");

    private SlackUploads() {}

    /** Fetches a shared file from its private URL, where the bot token may go. */
    interface Downloads {
        /** Downloads nothing: every URL is refused. */
        Downloads NONE = new Downloads() {
            @Override
            public boolean fetches(String url) {
                return false;
            }

            @Override
            public InputStream open(String url) throws IOException {
                throw new IOException("shared files are not read here");
            }
        };

        /** Whether {@link #open} would fetch {@code url}; when not, nothing may be requested from it. */
        boolean fetches(String url);

        /** The file's bytes; fails without a request when {@link #fetches} says no. */
        InputStream open(String url) throws IOException;
    }

    /**
     * The origins (scheme, host and port) a download may send the bot token to: Slack's file host
     * over HTTPS, and the origin of the Web API base the app is configured with ({@link
     * SlackSettings#apiBaseUrl()}: a fake Slack in tests, unset in production). A URL is compared
     * as OkHttp parses it, so the check and the request see the same host.
     */
    record TokenOrigins(Optional<HttpUrl> apiBase) {
        static final HttpUrl SLACK_FILES = HttpUrl.get("https://files.slack.com/");

        TokenOrigins {
            Objects.requireNonNull(apiBase, "apiBase");
        }

        /** Slack's file host and the origin of {@code apiBaseUrl} when one is configured. */
        static TokenOrigins of(Optional<String> apiBaseUrl) {
            return new TokenOrigins(apiBaseUrl.map(HttpUrl::get));
        }

        /** {@code url} parsed, when the token may go there. */
        Optional<HttpUrl> allowed(String url) {
            HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
            if (parsed == null
                    || !parsed.username().isEmpty()
                    || !parsed.password().isEmpty()) {
                return Optional.empty();
            }
            boolean trusted = sameOrigin(parsed, SLACK_FILES)
                    || apiBase.filter(base -> sameOrigin(parsed, base)).isPresent();
            return trusted ? Optional.of(parsed) : Optional.empty();
        }

        private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
            return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
        }
    }

    /**
     * Downloads with {@code Authorization: Bearer <bot token>} through {@code http}, from the
     * origins {@code origins} allows only. (OkHttp drops the header when a redirect leaves the origin.)
     */
    static Downloads withToken(SlackHttpClient http, Supplier<String> botToken, TokenOrigins origins) {
        return new Downloads() {
            @Override
            public boolean fetches(String url) {
                return origins.allowed(url).isPresent();
            }

            @Override
            public InputStream open(String url) throws IOException {
                HttpUrl target = origins.allowed(url)
                        .orElseThrow(() -> new IOException("a shared file is not on Slack's file host; not fetched"));
                Response response = http.get(target.toString(), Map.of(), botToken.get());
                ResponseBody body = response.body();
                if (!response.isSuccessful() || body == null) {
                    response.close();
                    throw new IOException("HTTP " + response.code() + " for a shared file");
                }
                return body.byteStream();
            }
        };
    }

    /** Whether {@code text} is an import command ({@code import [deck NAME]}, a mention may lead). */
    static boolean isImport(String text) {
        return COMMAND.matcher(text == null ? "" : text.strip()).matches();
    }

    /**
     * The answer to {@code text} shared with {@code file}: empty when the text is no import command;
     * a refusal, with nothing requested, when {@code downloads} will not fetch the file's URL (it is
     * not on Slack's file host); otherwise {@code service}'s answer to the import.
     */
    static Optional<Reply> answer(Origin origin, String text, File file, Downloads downloads, ChatService service) {
        Matcher m = COMMAND.matcher(text == null ? "" : text.strip());
        String url = file.getUrlPrivateDownload();
        if (!m.matches() || url == null) {
            return Optional.empty();
        }
        String name = file.getName() == null ? "" : file.getName();
        if (!downloads.fetches(url)) {
            return Optional.of(
                    Reply.privateText(origin.messages().text("slack.import.notOnSlack", UserText.quote(name))));
        }
        return Optional.of(service.handle(new ChatRequest.ImportDeck(
                origin,
                name,
                file.getSize() == null ? 0 : file.getSize(),
                maxBytes -> FileSource.readCapped(downloads.open(url), maxBytes),
                Optional.ofNullable(m.group(1)),
                "")));
    }
}
