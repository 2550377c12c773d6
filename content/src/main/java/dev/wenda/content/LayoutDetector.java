package dev.wenda.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, per file, which lines start questions. Line-based rather than a CommonMark tree on
 * purpose: the seed files are Markdown only loosely (003's questions are a "list" whose items a
 * CommonMark parser merges with their answers; 002's questions are headings inside list items;
 * 001's {@code <a>} anchors belong to the next question, not the previous answer), and the author
 * needs line numbers for every problem. CommonMark is used on each answer afterwards.
 *
 * <p>Three candidate layouts are counted and the one with the most questions wins (ties: headings,
 * then emphasis, then numbering), except that two or more content-bearing headings always beat
 * numbering (their answers may hold numbered lists; a single heading is taken for a title):
 *
 * <ul>
 *   <li>{@link Layout#HEADINGS}: column-0 headings ({@code # q}, {@code ### 1.q}, {@code - #### **q**},
 *       {@code ## q}) at the one level that has the most headings with content under them (a heading
 *       whose section holds emphasised questions is a chapter and does not count); shallower
 *       headings are chapters, deeper ones stay inside answers;
 *   <li>{@link Layout#EMPHASIS}: whole-line {@code _q_} or {@code *q*} with content under them;
 *       every heading is a chapter (004);
 *   <li>{@link Layout#NUMBERED}: {@code N. q} in column 0 after a blank line and directly followed
 *       by a non-numbered answer line, numbers strictly increasing (003). Answer lines such as
 *       {@code (1). x} or {@code （1）. x} do not match; a numbered list inside an answer fails the
 *       "followed by an answer line" or the increasing-numbers test.
 * </ul>
 */
final class LayoutDetector {
    private LayoutDetector() {}

    enum Layout {
        HEADINGS,
        EMPHASIS,
        NUMBERED,
        NONE
    }

    /**
     * @param level the question heading level for {@link Layout#HEADINGS}, else 0
     * @param questions indexes (into the line list) of the lines that start questions
     */
    record Detected(Layout layout, int level, List<Integer> questions) {
        Detected {
            questions = List.copyOf(questions);
        }
    }

    static Detected detect(List<SourceLine> lines) {
        int n = lines.size();
        int[] headingLevel = new int[n];
        boolean[] emphasis = new boolean[n];
        for (int i = 0; i < n; i++) {
            SourceLine line = lines.get(i);
            headingLevel[i] = Markers.heading(line).map(Markers.Heading::level).orElse(0);
            emphasis[i] = headingLevel[i] == 0 && Markers.emphasis(line).isPresent();
        }

        Detected best = new Detected(Layout.NONE, 0, List.of());
        int bestCount = 0;
        for (int level = 1; level <= 6; level++) {
            List<Integer> questions = new ArrayList<>();
            int withContent = 0;
            for (int i = 0; i < n; i++) {
                if (headingLevel[i] == level
                        && !Markers.heading(lines.get(i)).orElseThrow().text().isEmpty()) {
                    questions.add(i);
                    int end = headingEnd(headingLevel, i, level);
                    if (hasContent(lines, i, end) && !containsEmphasis(emphasis, i, end)) {
                        withContent++;
                    }
                }
            }
            if (withContent > bestCount) {
                bestCount = withContent;
                best = new Detected(Layout.HEADINGS, level, questions);
            }
        }

        List<Integer> emphasised = new ArrayList<>();
        int emphasisWithContent = 0;
        for (int i = 0; i < n; i++) {
            if (emphasis[i]) {
                emphasised.add(i);
                if (hasContent(lines, i, emphasisEnd(headingLevel, emphasis, i))) {
                    emphasisWithContent++;
                }
            }
        }
        if (emphasisWithContent > bestCount) {
            bestCount = emphasisWithContent;
            best = new Detected(Layout.EMPHASIS, 0, emphasised);
        }

        if (bestCount == 0) {
            best = headingsWithoutAnswers(lines, headingLevel);
        }

        List<Integer> numbered = numberedQuestions(lines, headingLevel);
        boolean headingsAreStructure = best.layout() == Layout.HEADINGS && bestCount >= 2;
        if (numbered.size() > bestCount && !headingsAreStructure) {
            best = new Detected(Layout.NUMBERED, 0, numbered);
        }
        return best;
    }

    /** Where the body of the question at {@code start} ends (exclusive), for the detected layout. */
    static int bodyEnd(List<SourceLine> lines, Detected detected, int questionPosition) {
        List<Integer> questions = detected.questions();
        int start = questions.get(questionPosition);
        int nextQuestion = questionPosition + 1 < questions.size() ? questions.get(questionPosition + 1) : lines.size();
        for (int i = start + 1; i < nextQuestion; i++) {
            Optional<Markers.Heading> heading = Markers.heading(lines.get(i));
            if (heading.isPresent()
                    && (detected.layout() != Layout.HEADINGS || heading.get().level() <= detected.level())) {
                return i;
            }
        }
        return nextQuestion;
    }

    /**
     * When no question has an answer yet (a file being written), the level with the most titled
     * headings, so each is reported as a question without answer rather than the file as empty.
     */
    private static Detected headingsWithoutAnswers(List<SourceLine> lines, int[] headingLevel) {
        Detected best = new Detected(Layout.NONE, 0, List.of());
        for (int level = 1; level <= 6; level++) {
            List<Integer> questions = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (headingLevel[i] == level
                        && !Markers.heading(lines.get(i)).orElseThrow().text().isEmpty()) {
                    questions.add(i);
                }
            }
            if (questions.size() > best.questions().size()) {
                best = new Detected(Layout.HEADINGS, level, questions);
            }
        }
        return best;
    }

    private static int headingEnd(int[] headingLevel, int start, int level) {
        for (int i = start + 1; i < headingLevel.length; i++) {
            if (headingLevel[i] != 0 && headingLevel[i] <= level) {
                return i;
            }
        }
        return headingLevel.length;
    }

    private static int emphasisEnd(int[] headingLevel, boolean[] emphasis, int start) {
        for (int i = start + 1; i < headingLevel.length; i++) {
            if (headingLevel[i] != 0 || emphasis[i]) {
                return i;
            }
        }
        return headingLevel.length;
    }

    private static List<Integer> numberedQuestions(List<SourceLine> lines, int[] headingLevel) {
        List<Integer> questions = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Optional<Markers.Numbered> numbered = Markers.numbered(lines.get(i));
            if (numbered.isEmpty()) {
                continue;
            }
            boolean afterBreak = i == 0 || lines.get(i - 1).isBlank() || headingLevel[i - 1] != 0;
            SourceLine next = lines.get(i + 1);
            boolean answerFollows = next.isText()
                    && Markers.isContent(next)
                    && headingLevel[i + 1] == 0
                    && Markers.numbered(next).isEmpty();
            if (afterBreak && answerFollows) {
                if (numbered.get().number() <= last) {
                    return List.of();
                }
                last = numbered.get().number();
                questions.add(i);
            }
        }
        return questions;
    }

    private static boolean containsEmphasis(boolean[] emphasis, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (emphasis[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContent(List<SourceLine> lines, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (Markers.isContent(lines.get(i))) {
                return true;
            }
        }
        return false;
    }
}
