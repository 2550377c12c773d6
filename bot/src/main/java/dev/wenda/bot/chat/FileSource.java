package dev.wenda.bot.chat;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file shared in chat, read on demand by the service that needs it (never on a platform callback
 * thread). Adapters implement it over their platform's download (Discord's attachment proxy, Slack's
 * {@code url_private_download}); {@link #readCapped} keeps the size limit while reading.
 */
@FunctionalInterface
public interface FileSource {
    /**
     * The file's bytes.
     *
     * @throws TooLarge when it has more than {@code maxBytes} bytes (reading stops there)
     * @throws IOException when it cannot be fetched
     */
    byte[] read(int maxBytes) throws IOException;

    /** The file is larger than the limit; {@code limit} is that limit in bytes. */
    final class TooLarge extends IOException {
        private final int limit;

        public TooLarge(int limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    /** Reads {@code in} to its end, or throws {@link TooLarge} once it passes {@code maxBytes}. */
    static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(maxBytes);
            if (in.read() != -1) {
                throw new TooLarge(maxBytes);
            }
            return bytes;
        }
    }
}
