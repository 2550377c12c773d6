package dev.wenda.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the final entries from the parsed files: exact duplicates (same question and answer)
 * merge into the first, keeping every source ref; the same question with a different answer stays
 * separate with a warning; then ids, tags and related links are added.
 */
final class BankAssembler {
    private final Tagger tagger;

    BankAssembler(Tagger tagger) {
        this.tagger = tagger;
    }

    record Assembled(List<QaEntry> entries, List<LoadProblem> problems) {
        Assembled {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private static final class Draft {
        final ParsedEntry first;
        final String file;
        final List<SourceRef> refs = new ArrayList<>();

        Draft(ParsedEntry first, String file) {
            this.first = first;
            this.file = file;
            refs.add(first.ref());
        }
    }

    Assembled assemble(List<FileParser.ParsedFile> files) {
        Map<String, Draft> exact = new LinkedHashMap<>();
        Map<String, Draft> byQuestion = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (FileParser.ParsedFile file : files) {
            for (ParsedEntry entry : file.entries()) {
                String exactKey = entry.question() + "\u0000" + entry.answer();
                Draft same = exact.get(exactKey);
                if (same != null) {
                    same.refs.add(entry.ref());
                    problems.add(warning(
                            file.name(), entry, "duplicate question, same answer as " + where(same) + "; merged"));
                    continue;
                }
                Draft draft = new Draft(entry, file.name());
                exact.put(exactKey, draft);
                Draft earlier = byQuestion.putIfAbsent(RelatedLinker.normalise(entry.question()), draft);
                if (earlier != null) {
                    problems.add(warning(
                            file.name(),
                            entry,
                            "duplicate question (also at " + where(earlier) + ") with a different answer"));
                }
            }
        }
        List<Draft> drafts = List.copyOf(exact.values());
        List<List<Integer>> related =
                RelatedLinker.link(drafts.stream().map(d -> d.first.question()).toList());
        List<QaEntry> entries = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<String> relatedIds =
                    related.get(i).stream().map(j -> id(drafts.get(j))).toList();
            entries.add(new QaEntry(
                    id(d),
                    d.first.question(),
                    d.first.answer(),
                    d.refs,
                    tagger.tag(d.first.question(), d.first.answer()),
                    d.first.images(),
                    relatedIds,
                    d.first.keyPoint()));
        }
        return new Assembled(entries, problems);
    }

    /** {@code stem-ordinal} of the first ref: the same files always give the same ids. */
    static String id(SourceRef ref) {
        return ref.stem() + "-" + ref.ordinal();
    }

    private static String id(Draft draft) {
        return id(draft.refs.getFirst());
    }

    private static String where(Draft draft) {
        return draft.file + ":" + draft.first.ref().line();
    }

    private static LoadProblem warning(String file, ParsedEntry entry, String message) {
        return new LoadProblem(file, entry.ref().line(), LoadProblem.Severity.WARNING, message);
    }
}
