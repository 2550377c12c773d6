package dev.wenda.bot.slack;

import com.slack.api.model.File;
import com.slack.api.util.http.SlackHttpClient;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.FileSource;
import dev.wenda.bot.chat.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A file shared with the app (a DM or a mention) with the text {@code import [deck NAME]}: the file
 * becomes a {@link ChatRequest.ImportDeck} whose bytes are fetched on demand from its {@code
 * url_private_download} with the bot token, through the Slack SDK's HTTP client ({@code
 * files:read}). Slack's declared size is checked before, the read is capped again.
 */
final class SlackUploads {
    private static final Pattern COMMAND =
            Pattern.compile("(?i)(?:<@[A-Z0-9]+(?:\\|[^>]*)?>\\s*)?import(?:\\s+deck\\s+(\\S+))?\\s*");

    private SlackUploads() {}

    /** Opens a private file URL; tests point it at a loopback server. */
    @FunctionalInterface
    interface Downloads {
        InputStream open(String url) throws IOException;
    }

    /** Downloads with {@code Authorization: Bearer <bot token>} through {@code http}. */
    static Downloads withToken(SlackHttpClient http, Supplier<String> botToken) {
        return url -> {
            Response response = http.get(url, Map.of(), botToken.get());
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                response.close();
                throw new IOException("HTTP " + response.code() + " for a shared file");
            }
            return body.byteStream();
        };
    }

    /** Whether {@code text} is an import command ({@code import [deck NAME]}, a mention may lead). */
    static boolean isImport(String text) {
        return COMMAND.matcher(text == null ? "" : text.strip()).matches();
    }

    /** The import {@code text} asks for with {@code file}, when the text is an import command. */
    static Optional<ChatRequest> request(Origin origin, String text, File file, Downloads downloads) {
        Matcher m = COMMAND.matcher(text == null ? "" : text.strip());
        if (!m.matches() || file.getUrlPrivateDownload() == null) {
            return Optional.empty();
        }
        String url = file.getUrlPrivateDownload();
        return Optional.of(new ChatRequest.ImportDeck(
                origin,
                file.getName() == null ? "" : file.getName(),
                file.getSize() == null ? 0 : file.getSize(),
                maxBytes -> FileSource.readCapped(downloads.open(url), maxBytes),
                Optional.ofNullable(m.group(1)),
                ""));
    }
}
