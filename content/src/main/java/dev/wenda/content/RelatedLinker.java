package dev.wenda.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links near-duplicate questions. Similarity is the Jaccard index of the character bigrams of the
 * normalised questions (NFKC, lower case, {@code 1*1}/{@code 1×1} written {@code 1x1}, everything
 * but letters and digits removed); pairs at or above {@link #THRESHOLD} are related both ways.
 * Bigrams suit Chinese, which has no spaces, and need no dictionary. Shared bigrams are counted
 * through an inverted index, so the cost follows the overlaps rather than all pairs.
 */
final class RelatedLinker {
    /**
     * Chosen on the seeds: links the three 1x1-conv questions (0.36–0.50), 什么是dropout with
     * dropout咋回事讲讲 (0.43) and 测试集上是否需要使用dropout (0.32), the BatchNorm questions
     * (0.31–0.67); below it pairs share only generic words (什么是, 神经网络).
     */
    static final double THRESHOLD = 0.30;

    private static final Pattern TIMES = Pattern.compile("(\\d)\\s*[*×xX]\\s*(\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RelatedLinker() {}

    /** At most this many links per entry, so a bank of look-alike questions stays small. */
    static final int MAX_RELATED = 5;

    private record Link(int other, double similarity) {}

    private static final Comparator<Link> ORDER =
            Comparator.comparingDouble(Link::similarity).reversed().thenComparingInt(Link::other);

    /** Adds a link, trimming the list now and then so look-alike banks do not hold n² links. */
    private static void add(List<Link> links, Link link) {
        links.add(link);
        if (links.size() > 8 * MAX_RELATED) {
            links.sort(ORDER);
            links.subList(MAX_RELATED, links.size()).clear();
        }
    }

    /**
     * For each question (by position), the positions of its related questions, most similar first
     * (ties: earlier first), at most {@link #MAX_RELATED}.
     */
    static List<List<Integer>> link(List<String> questions) {
        List<Set<String>> grams = questions.stream().map(RelatedLinker::bigrams).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        List<List<Link>> related = new ArrayList<>();
        for (int i = 0; i < grams.size(); i++) {
            related.add(new ArrayList<>());
        }
        int[] shared = new int[grams.size()];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < grams.size(); i++) {
            for (String gram : grams.get(i)) {
                for (int earlier : postings.getOrDefault(gram, List.of())) {
                    if (shared[earlier]++ == 0) {
                        touched.add(earlier);
                    }
                }
            }
            for (int j : touched) {
                double union = grams.get(i).size() + grams.get(j).size() - shared[j];
                double similarity = shared[j] / union;
                if (similarity >= THRESHOLD) {
                    add(related.get(i), new Link(j, similarity));
                    add(related.get(j), new Link(i, similarity));
                }
                shared[j] = 0;
            }
            touched.clear();
            for (String gram : grams.get(i)) {
                postings.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
            }
        }
        return related.stream()
                .map(links -> links.stream()
                        .sorted(ORDER)
                        .limit(MAX_RELATED)
                        .map(Link::other)
                        .toList())
                .toList();
    }

    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / (x.size() + y.size() - shared);
    }

    static String normalise(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = TIMES.matcher(text).replaceAll("$1x$2");
        return NOT_WORD.matcher(text).replaceAll("");
    }

    private static Set<String> bigrams(String question) {
        int[] cps = normalise(question).codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        if (cps.length == 1) {
            grams.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
