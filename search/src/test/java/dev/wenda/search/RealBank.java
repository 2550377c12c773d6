package dev.wenda.search;

import dev.wenda.content.ContentBank;
import java.util.Optional;
import java.util.concurrent.Executors;

/** The bundled bank with the real model, built once for all tests that need it (about 2 s). */
final class RealBank {
    private static SearchService hybrid;

    private RealBank() {}

    static synchronized SearchService hybrid() {
        if (hybrid == null) {
            BgeEmbedder model = new BgeEmbedder(
                    Executors.newFixedThreadPool(
                            2, r -> Thread.ofPlatform().daemon(true).unstarted(r)),
                    false);
            hybrid = SearchService.open(
                    ContentBank.bundled(), SearchConfig.defaults(), Optional.of(model), IndexProgress.NONE);
        }
        return hybrid;
    }
}
