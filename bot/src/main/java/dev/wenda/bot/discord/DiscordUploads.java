package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.FileSource;
import dev.wenda.bot.chat.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.entities.Message;

/**
 * {@code /wenda-admin import file:<attachment>}: the attachment becomes a {@link ChatRequest.ImportDeck}
 * whose file is read on demand through {@link Downloads} (JDA's attachment proxy in production, the
 * same call against a loopback server in tests). The declared size is the attachment's own; the
 * read is capped again while streaming.
 */
final class DiscordUploads {
    private DiscordUploads() {}

    /** Opens an attachment's bytes; the port tests replace or point at a loopback server. */
    @FunctionalInterface
    interface Downloads {
        InputStream open(Message.Attachment attachment) throws IOException;

        /** JDA's own download of the attachment ({@code getProxy().download()}, JDA's HTTP client). */
        Downloads PROXY = attachment -> {
            try {
                return attachment.getProxy().download().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while downloading " + attachment.getFileName(), e);
            } catch (ExecutionException | CompletionException e) {
                throw new IOException("download of " + attachment.getFileName() + " failed", e.getCause());
            }
        };
    }

    static ChatRequest.ImportDeck request(
            Origin origin, CommandCall call, Message.Attachment attachment, Downloads downloads) {
        return new ChatRequest.ImportDeck(
                origin,
                attachment.getFileName(),
                attachment.getSize(),
                maxBytes -> FileSource.readCapped(downloads.open(attachment), maxBytes),
                call.option("deck"),
                call.text("licence"));
    }
}
