package dev.wenda.bot.admin;

import dev.wenda.bot.store.GapStore;
import dev.wenda.search.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.util.VectorUtil;

/**
 * Groups knowledge gaps by meaning: questions whose embeddings (the search module's bge model) are
 * at least {@link #SIMILAR} alike share a group, led by the most asked one. Largest group first.
 */
public final class GapReport {
    /** Cosine similarity from which two questions are taken to ask the same thing. */
    static final double SIMILAR = 0.82;

    /** Examples listed per group. */
    static final int EXAMPLES = 3;

    private final Embedder embedder;

    public GapReport(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /**
     * One group of gaps.
     *
     * @param count how many gaps it holds
     * @param examples its most asked questions, the most asked first
     * @param decisions how many of each kind ({@code DID_YOU_MEAN}, {@code NO_ANSWER}, {@code THUMBS_DOWN})
     */
    public record Group(int count, List<String> examples, Map<String, Integer> decisions) {
        public Group {
            examples = List.copyOf(examples);
            decisions = Map.copyOf(decisions);
        }
    }

    /** The groups of {@code gaps}, largest first (ties: by the first example), at most {@code limit}. */
    public List<Group> groups(List<GapStore.Row> gaps, int limit) {
        Map<String, Question> byText = new LinkedHashMap<>();
        for (GapStore.Row row : gaps) {
            byText.computeIfAbsent(row.question(), Question::new).add(row.decision());
        }
        List<Question> questions = new ArrayList<>(byText.values());
        questions.sort(Comparator.comparingInt((Question q) -> -q.count).thenComparing(q -> q.text));
        List<float[]> vectors =
                embedder.embedDocuments(questions.stream().map(q -> q.text).toList());
        List<Building> groups = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            float[] v = vectors.get(i);
            Building best = null;
            double bestSimilarity = SIMILAR;
            for (Building g : groups) {
                double s = VectorUtil.dotProduct(g.leader, v);
                if (s >= bestSimilarity) {
                    best = g;
                    bestSimilarity = s;
                }
            }
            if (best == null) {
                best = new Building(v);
                groups.add(best);
            }
            best.members.add(questions.get(i));
        }
        return groups.stream()
                .map(Building::group)
                .sorted(Comparator.comparingInt((Group g) -> -g.count())
                        .thenComparing(g -> g.examples().getFirst()))
                .limit(limit)
                .toList();
    }

    private static final class Question {
        final String text;
        int count;
        final Map<String, Integer> decisions = new TreeMap<>();

        Question(String text) {
            this.text = text;
        }

        void add(String decision) {
            count++;
            decisions.merge(decision, 1, Integer::sum);
        }
    }

    private static final class Building {
        final float[] leader;
        final List<Question> members = new ArrayList<>();

        Building(float[] leader) {
            this.leader = leader;
        }

        Group group() {
            Map<String, Integer> decisions = new TreeMap<>();
            members.forEach(m -> m.decisions.forEach((k, n) -> decisions.merge(k, n, Integer::sum)));
            return new Group(
                    members.stream().mapToInt(m -> m.count).sum(),
                    members.stream().limit(EXAMPLES).map(m -> m.text).toList(),
                    decisions);
        }
    }
}
