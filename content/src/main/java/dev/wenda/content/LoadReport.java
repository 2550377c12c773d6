package dev.wenda.content;

import java.util.List;
import java.util.Objects;

/**
 * A loaded bank together with the content files that were found (readable or not), which {@code
 * wenda content check} counts.
 */
public record LoadReport(ContentBank bank, List<String> files) {
    public LoadReport {
        Objects.requireNonNull(bank, "bank");
        files = List.copyOf(files);
    }
}
