package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import java.util.List;
import org.apache.lucene.util.VectorUtil;
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

    @Test
    void embedWithTokens_givesTheModelsOwnEmbeddingAndOneUnitVectorPerContentToken() {
        BgeEmbedder bge = new BgeEmbedder(Runnable::run, false);
        for (String text : List.of("感受野是什么", "BN 和 LN 的区别？", "why use relu instead of sigmoid")) {
            Embedded e = bge.embedQueryWithTokens(text);
            assertEquals(1.0, VectorUtil.dotProduct(e.vector(), bge.embedQuery(text)), 1e-5, text);
            Embedded d = bge.embedDocumentsWithTokens(List.of(text)).getFirst();
            assertEquals(1.0, VectorUtil.dotProduct(d.vector(), bge.embedDocument(text)), 1e-5, text);
        }
        // bge-small-zh's vocabulary has one token per Han character; [CLS], [SEP] and "？" are dropped
        TokenVectors tokens = bge.embedQueryWithTokens("感受野的作用？").tokens();
        assertEquals(6, tokens.rows().length);
        for (float[] row : tokens.rows()) {
            assertEquals(1.0, Math.sqrt(VectorUtil.dotProduct(row, row)), 1e-5);
        }
    }
}
