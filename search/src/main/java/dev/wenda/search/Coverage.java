package dev.wenda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much of a query an entry covers: the IDF-weighted share of the query's units (each word
 * outside the dictionary, each dictionary concept) that occur in the entry, read from the entry's
 * term vectors. A word counts as present when its word token or all of its bigrams are there, so
 * different segmentation of query and entry does not matter. Units the bank never uses (say
 * "transformer") weigh the most, which is what makes coverage a good out-of-domain signal. Lone
 * Han characters are not units: they carry too little topic to vouch for a match.
 *
 * <p>Topic units (words and topic concepts) and question intents (作用, 缺点, 区别, ...) are also
 * counted apart: an entry about dropout that never speaks of drawbacks covers the topic of
 * "dropout的缺点" but not its aspect.
 */
final class Coverage {
    private final IndexSnapshot index;
    private final List<Unit> units = new ArrayList<>();
    private final double totalWeight;
    private final double unseenShare;
    private final double maxIdf;

    private record Unit(
            List<QueryTerms.Spelling> spellings, double weight, boolean concept, boolean intent, String label) {}

    Coverage(IndexSnapshot index, QueryTerms terms) throws IOException {
        this.index = index;
        IndexReader reader = index.reader;
        int n = reader.numDocs();
        this.maxIdf = idf(n, 0);
        double unseen = 0;
        for (String w : terms.words()) {
            if (w.length() == 1 && Character.isIdeographic(w.charAt(0))) {
                continue; // a lone Han character (好, 层) says little about the topic
            }
            QueryTerms.Spelling s = new QueryTerms.Spelling(List.of(w), bigramsOfWord(w));
            int df = Math.max(
                    reader.docFreq(new Term(Fields.QUESTION_WORDS, w)),
                    reader.docFreq(new Term(Fields.ANSWER_WORDS, w)));
            Unit unit = new Unit(List.of(s), idf(n, df), false, false, w);
            units.add(unit);
            if (df == 0 && !bigramsSeen(reader, s.bigrams())) {
                unseen += unit.weight();
            }
        }
        for (QueryTerms.Concept c : terms.concepts()) {
            units.add(new Unit(c.spellings(), index.conceptCoverageIdf(c), true, c.intent(), terms.spelling(c)));
        }
        this.totalWeight = units.stream().mapToDouble(Unit::weight).sum();
        this.unseenShare = totalWeight == 0 ? 0 : unseen / totalWeight;
    }

    /** A concept's weight: the IDF of its most used spelling word in answers. */
    static double conceptIdf(QueryTerms.Concept concept, IndexReader reader) throws IOException {
        int df = 0;
        for (QueryTerms.Spelling s : concept.spellings()) {
            for (String w : s.words()) {
                df = Math.max(df, reader.docFreq(new Term(Fields.ANSWER_WORDS, w)));
            }
        }
        return idf(reader.numDocs(), df);
    }

    /** The bigram-field tokens of one word token: Han pairs, or the word itself. */
    static List<String> bigramsOfWord(String word) {
        if (word.length() < 2 || !word.codePoints().allMatch(Character::isIdeographic)) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>(word.length() - 1);
        for (int i = 0; i + 1 < word.length(); i++) {
            out.add(word.substring(i, i + 2));
        }
        return out;
    }

    static double idf(int docs, int df) {
        return Math.log(1 + (docs + 1.0) / (df + 0.5));
    }

    /**
     * What one entry covers of the query.
     *
     * @param question share of the query covered by the entry's question
     * @param full share covered by its question and answer together
     * @param topic share of the topic units (words, topic concepts) covered by question and answer;
     *     1 when the query has none
     * @param aspect share of the question intents covered by question and answer; 1 when the query
     *     names none
     * @param specificity the largest IDF of a covered topic unit, over the largest IDF possible:
     *     near 0 when only words every entry uses match (chat lines), near 1 for a rare term
     * @param missingAspects the query's own spellings of the intents the entry does not cover
     * @param coveredTopics the query's own spellings of the topic concepts the entry covers
     */
    record Shares(
            double question,
            double full,
            double topic,
            double aspect,
            double specificity,
            List<String> missingAspects,
            List<String> coveredTopics) {
        static final Shares NONE = new Shares(0, 0, 0, 0, 0, List.of(), List.of());
    }

    /** Share of the query's weight in units that no entry of the bank uses at all. */
    double unseenShare() {
        return unseenShare;
    }

    /** The shares for {@code doc}, from its tokens ({@link IndexSnapshot#docTerms}). */
    Shares of(int doc) {
        if (totalWeight == 0 || doc < 0) {
            return Shares.NONE;
        }
        DocTerms t = index.docTerms(doc);
        List<Set<String>> questionWords = List.of(t.questionWords());
        List<Set<String>> questionBigrams = List.of(t.questionBigrams());
        List<Set<String>> allWords = List.of(t.questionWords(), t.answerWords());
        List<Set<String>> allBigrams = List.of(t.questionBigrams(), t.answerBigrams());
        double question = 0, full = 0, topic = 0, topicTotal = 0, aspect = 0, aspectTotal = 0, specific = 0;
        List<String> missing = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        for (Unit u : units) {
            boolean inFull = present(u, allWords, allBigrams);
            question += present(u, questionWords, questionBigrams) ? u.weight() : 0;
            full += inFull ? u.weight() : 0;
            if (u.intent()) {
                aspectTotal += u.weight();
                aspect += inFull ? u.weight() : 0;
                if (!inFull) {
                    missing.add(u.label());
                }
            } else {
                topicTotal += u.weight();
                topic += inFull ? u.weight() : 0;
                if (inFull) {
                    specific = Math.max(specific, u.weight());
                    if (u.concept()) {
                        topics.add(u.label());
                    }
                }
            }
        }
        return new Shares(
                question / totalWeight,
                full / totalWeight,
                topicTotal == 0 ? 1 : topic / topicTotal,
                aspectTotal == 0 ? 1 : aspect / aspectTotal,
                specific / maxIdf,
                missing,
                topics);
    }

    private static boolean present(Unit u, List<Set<String>> wordFields, List<Set<String>> bigramFields) {
        for (QueryTerms.Spelling s : u.spellings()) {
            if (allIn(s.words(), wordFields) || allIn(s.bigrams(), bigramFields)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bigramsSeen(IndexReader reader, List<String> bigrams) throws IOException {
        for (String b : bigrams) {
            if (reader.docFreq(new Term(Fields.QUESTION_BIGRAMS, b)) == 0
                    && reader.docFreq(new Term(Fields.ANSWER_BIGRAMS, b)) == 0) {
                return false;
            }
        }
        return !bigrams.isEmpty();
    }

    /** Every token is in at least one of the fields (an empty field list or token list: false). */
    private static boolean allIn(List<String> tokens, List<Set<String>> fields) {
        if (tokens.isEmpty() || fields.stream().allMatch(Set::isEmpty)) {
            return false;
        }
        for (String t : tokens) {
            if (fields.stream().noneMatch(f -> f.contains(t))) {
                return false;
            }
        }
        return true;
    }
}
