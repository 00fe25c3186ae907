package org.oncoev.extractors.arms;

import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.arms.ArmAttribution.Placed;

/**
 * {@link ArmAttribution}'s rule for a single value whose arm is written right next to it: inside its own text
 * ({@code placebo (n=387)}), right after it, or right before it, within a few characters and with no other value of
 * its series in between; cohort sizes only across the words a size and its arm are joined by. Pure.
 */
final class AdjacentArms {
    private AdjacentArms() {}

    /** Characters between a value and an arm name written right after it ({@code  in the}). */
    private static final int AFTER_GAP = 40;
    /** Characters between an arm name and a value written after it ({@code In arm A, the median was}). */
    private static final int BEFORE_GAP = 80;

    /** Between a size and the arm named after it: {@code  patients in the}, {@code  were assigned to}. */
    private static final Pattern COHORT_AFTER = Pattern.compile(
            "(?i)\\s*(?:\\)\\s*)?(?:patients?\\s+|cases\\s+|subjects\\s+)?(?:(?:were|was)\\s+)?(?:randomi[sz]ed\\s+|assigned\\s+|allocated\\s+|treated\\s+)?"
            + "(?:in|to|into|for|on|with|receiving|received)\\s+(?:the\\s+)?");
    /** Between an arm name and its size: {@code  (n = }, {@code  group: }, {@code , n = }. */
    private static final Pattern COHORT_BEFORE = Pattern.compile(
            "(?i)\\s*(?:group|arm|cohort)?\\s*[(:,\\[]?\\s*(?:[nN]\\s*[=:]\\s*)?");

    /** What follows an arm name inside a size's own text: {@code  (n = 387)}. */
    private static final Pattern SIZE_AFTER_NAME = Pattern.compile(
            "(?i)\\s*(?:group|arm|cohort)?\\s*[(:,\\[]?\\s*(?:\\*?[nN]\\*?\\s*[=:]\\s*)?\\d[\\d,]*\\s*[)\\]]?");

    /**
     * The arm named inside the value's own text right before its number ({@code placebo (n=387)}); else the arm named after the
     * value, past only values of other time points ({@code 97.3, 88.8 and 80.6% in the LR
     * group}); else the arm named before it with no value of the series between them, unless a value before that name
     * claims it ({@code 80.6% in the LR group and 95.2% in the HLR group}); with {@code before} false (more values
     * compared than arms named: {@code in the A group than in the B group (86.7% vs 40%)}) only the name after.
     */
    static int of(String sentence, Placed pl, List<Placed> all, List<StudyArms.Mention> mentions,
                                   boolean before) {
        List<Placed> series = all.stream().filter(o -> o.finding().type() == pl.finding().type()).toList();
        boolean cohort = pl.finding().type() == EvidenceType.COHORT;
        int inside = -1;
        for (StudyArms.Mention m : mentions) {
            if (m.start() >= pl.start() && m.end() <= pl.end()
                    && SIZE_AFTER_NAME.matcher(sentence.substring(m.end(), Math.min(pl.end(), sentence.length()))).matches())
                inside = m.arm();
        }
        if (inside >= 0) return inside;
        for (StudyArms.Mention m : mentions) {
            if (m.start() < pl.end()) continue;
            int between = 0;
            boolean sameSeries = false;
            for (Placed o : series) {
                if (o.start() < pl.end() || o.end() > m.start()) continue;
                between++;
                if (ArmAttribution.seriesKey(o.finding()).equals(ArmAttribution.seriesKey(pl.finding()))) sameSeries = true;
            }
            // a value of the same series in between makes a list, which only the list rule reads
            if (sameSeries || m.start() - pl.end() > AFTER_GAP + 25 * between || !SentenceShapes.plainGap(sentence, pl.end(), m.start())) break;
            if (cohort && (between > 0 || !COHORT_AFTER.matcher(sentence.substring(pl.end(), m.start())).matches()
                    || listsAnother(m, mentions, series))) break;
            return m.arm();
        }
        int best = -1;
        for (StudyArms.Mention m : mentions) {
            if (!before) break;
            if (m.end() > pl.start() || pl.start() - m.end() > BEFORE_GAP || !SentenceShapes.plainGap(sentence, m.end(), pl.start())) continue;
            boolean blocked = false;
            for (Placed o : series) {
                if (o.start() >= m.end() && o.end() <= pl.start()) blocked = true;
                if (o.end() <= m.start() && m.start() - o.end() <= AFTER_GAP && SentenceShapes.plainGap(sentence, o.end(), m.start()))
                    blocked = true;
            }
            if (blocked) continue;
            if (cohort && !COHORT_BEFORE.matcher(sentence.substring(m.end(), pl.start())).matches()) continue;
            best = m.arm();
        }
        return best;
    }

    /**
     * Another arm named within a few characters after {@code m} ({@code to A (n = 90) or B}): a design sentence; not
     * when a value of the series stands between them ({@code 35 were treated with A and 33 with B}).
     */
    private static boolean listsAnother(StudyArms.Mention m, List<StudyArms.Mention> mentions, List<Placed> series) {
        for (StudyArms.Mention o : mentions) {
            if (o.arm() == m.arm() || o.start() < m.end() || o.start() - m.end() > 40) continue;
            boolean valueBetween = false;
            for (Placed v : series) if (v.start() >= m.end() && v.end() <= o.start()) valueBetween = true;
            if (!valueBetween) return true;
        }
        return false;
    }
}
