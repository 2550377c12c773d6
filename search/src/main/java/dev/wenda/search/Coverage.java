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
 */
final class Coverage {
    private final IndexSnapshot index;
    private final IndexReader reader;
    private final List<Unit> units = new ArrayList<>();
    private final double totalWeight;

    private record Unit(List<QueryTerms.Spelling> spellings, double weight) {}

    Coverage(IndexSnapshot index, QueryTerms terms) throws IOException {
        this.index = index;
        this.reader = index.reader;
        int n = reader.numDocs();
        for (String w : terms.words()) {
            if (w.length() == 1 && Character.isIdeographic(w.charAt(0))) {
                continue; // a lone Han character (好, 层) says little about the topic
            }
            QueryTerms.Spelling s = new QueryTerms.Spelling(List.of(w), bigramsOfWord(w));
            int df = Math.max(
                    reader.docFreq(new Term(Fields.QUESTION_WORDS, w)),
                    reader.docFreq(new Term(Fields.ANSWER_WORDS, w)));
            units.add(new Unit(List.of(s), idf(n, df)));
        }
        for (QueryTerms.Concept c : terms.concepts()) {
            units.add(new Unit(c.spellings(), index.conceptCoverageIdf(c)));
        }
        this.totalWeight = units.stream().mapToDouble(Unit::weight).sum();
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

    /** Shares of the query covered by an entry's question and by its question and answer together. */
    record Shares(double question, double full) {}

    /** Both shares for {@code doc}, from its tokens ({@link IndexSnapshot#docTerms}). */
    Shares of(int doc) {
        if (totalWeight == 0) {
            return new Shares(0, 0);
        }
        DocTerms t = index.docTerms(doc);
        double question = covered(List.of(t.questionWords()), List.of(t.questionBigrams()));
        double full =
                covered(List.of(t.questionWords(), t.answerWords()), List.of(t.questionBigrams(), t.answerBigrams()));
        return new Shares(question / totalWeight, full / totalWeight);
    }

    private double covered(List<Set<String>> wordFields, List<Set<String>> bigramFields) {
        double covered = 0;
        for (Unit u : units) {
            for (QueryTerms.Spelling s : u.spellings()) {
                if (allIn(s.words(), wordFields) || allIn(s.bigrams(), bigramFields)) {
                    covered += u.weight();
                    break;
                }
            }
        }
        return covered;
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
