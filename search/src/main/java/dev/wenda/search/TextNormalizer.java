package dev.wenda.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Brings text into the one form that is indexed and searched, so index and query agree: NFKC
 * compatibility folding (full-width letters, digits and punctuation become half-width) with case
 * folding, Traditional to Simplified Chinese, Chinese punctuation to ASCII, and one spelling for
 * kernel sizes ({@code 1×1}, {@code 1*1}, {@code 1 x 1}, {@code 1X1} all become {@code 1x1}).
 * Hyphenated Latin compounds are joined ({@code mini-batch} becomes {@code minibatch}, {@code
 * k-means} becomes {@code kmeans}), so a compound is one word and never matches its parts. Web
 * addresses are dropped. Runs of white space collapse to one space.
 *
 * <p>Thread-safe: the ICU transliterator is not, so each thread gets its own instance.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern KERNEL = Pattern.compile("(\\d+)\\s*[x×*✕✖]\\s*(?=\\d)");
    private static final Pattern HYPHENATED = Pattern.compile("(?<=[a-z])-(?=[a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A web address (ASCII URL characters only, so it stops at the Chinese text around it). */
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

    private static final int MAX_SIMPLIFY_PASSES = 4;
    // Punctuation NFKC leaves alone; mapped one to one so offsets stay simple.
    private static final String CJK_PUNCT = "。、「」『』【】〔〕《》〈〉“”‘’—～·…";
    private static final String ASCII_PUNCT = ".,\"\"\"\"[][]<><>\"\"''-~ .";

    private final ThreadLocal<Transliterator> toSimplified =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /**
     * Traditional to Simplified until nothing changes: ICU's rules look at neighbouring characters,
     * so one pass can leave a character that the next pass converts (硃捲 gives 硃卷, then 朱卷).
     * Text that is already simplified costs one pass. ICU maps 苎 to 苧 and 苧 (and 薴) back to 苎,
     * the only such cycle among Han characters: it settles on 苎, the standard simplified form.
     */
    private String simplify(String text) {
        Transliterator transliterator = toSimplified.get();
        String current = text;
        for (int pass = 0; pass < MAX_SIMPLIFY_PASSES; pass++) {
            String next = transliterator.transliterate(current).replace('苧', '苎');
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    /** The normalized form of {@code text}; never null, trimmed. */
    public String normalize(String text) {
        // Web addresses (links, image sources) name no topic, and their pieces (https, www, com,
        // github) would match unrelated questions; they go first, once the text is folded.
        String folded = URL.matcher(NFKC_CASEFOLD.normalize(text)).replaceAll(" ");
        String simplified = simplify(folded);
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            int p = CJK_PUNCT.indexOf(c);
            out.append(p >= 0 ? ASCII_PUNCT.charAt(p) : c);
        }
        // Mapping 〉 to > can put ASCII next to a combining mark (> + U+0338 composes to ≯):
        // fold once more so a second pass finds nothing left to do.
        String refolded = NFKC_CASEFOLD.normalize(out);
        String kernels = KERNEL.matcher(refolded).replaceAll("$1x");
        kernels = HYPHENATED.matcher(kernels).replaceAll("");
        return SPACES.matcher(kernels).replaceAll(" ").strip();
    }
}
