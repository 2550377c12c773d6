package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import org.junit.jupiter.api.Test;

class BgeEmbedderTest {
    @Test
    void loadedModel_leavesTheTokenizerLibraryOfflineAndWithoutTelemetry() {
        RealBank.hybrid(); // loads the model
        assertTrue(Utils.isOfflineMode(), "DJL offline mode");
        assertEquals("true", Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING"));
    }

    @Test
    void embedQuery_givesUnitVectorsOfTheModelsDimension() {
        float[] v = new BgeEmbedder(Runnable::run, false).embedQuery("感受野是什么");
        assertEquals(512, v.length);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-4);
    }
}
