package org.oncoev.extractors.arms;

import java.util.List;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.arms.ArmAttribution.Placed;

/**
 * {@link ArmAttribution}'s rules for survival values compared between groups the sentence writes around them
 * rather than as catalog arms: with/without pairs, elided second groups and three-way comparisons ({@link
 * ValueGroups}, {@link PairedGroups}), and a subgroup written before a value's arm ({@code for the high-risk group
 * with RT}). Pure.
 */
final class GroupedValues {
    private GroupedValues() {}

    /**
     * Survival values compared in a way {@link ValueGroups} names, over any arm: a pair {@code 61% with X vs 70%
     * without} takes {@code X} and {@code without X}; a pair whose first value has a group and whose second is
     * written {@code versus 56% for high score} takes that elided group ({@link PairedGroups}); three values {@code a
     * vs. b vs. c}, when the sentence names fewer or more than three arms, take the three groups of patients named
     * before them. True when it gave them.
     */
    static boolean valueGroups(String sentence, List<Placed> list, int armsNamed, List<Finding> out) {
        if (list.get(0).finding().type() != EvidenceType.SURVIVAL || list.size() < 2 || list.size() > 3) return false;
        list = list.stream().sorted(java.util.Comparator.comparingInt(Placed::start)).toList();
        List<String> names = null;
        String firstGap = ArmAttribution.between(sentence, list.get(0), list.get(1));
        if (list.size() == 2) {
            String afterSecond = sentence.substring(Math.min(list.get(1).end(), sentence.length()));
            String[] pair = ValueGroups.withWithout(firstGap, afterSecond);
            if (pair != null) names = List.of(pair);
            String first = out.get(list.get(0).index()).arm();
            boolean versus = firstGap.length() <= 120 && (firstGap.contains("versus") || firstGap.contains(" vs"));
            String elided = pair != null || out.get(list.get(1).index()).arm() != null || !versus
                    ? null : PairedGroups.elided(afterSecond, first);
            if (elided != null) names = List.of(first, elided);
        } else if (armsNamed != 3 && ValueGroups.versusGap(firstGap)
                && ValueGroups.versusGap(ArmAttribution.between(sentence, list.get(1), list.get(2)))) {
            names = ValueGroups.threeBefore(sentence, Math.min(list.get(0).start(), sentence.length()));
        }
        if (names == null) return false;
        for (int i = 0; i < list.size(); i++) out.set(list.get(i).index(), out.get(list.get(i).index()).withArm(names.get(i)));
        return true;
    }

    /** The sentence's two survival values of one series, in text order, or null when it holds another number. */
    static List<Placed> survivalPair(List<Placed> placed) {
        List<Placed> survival = placed.stream().filter(pl -> pl.finding().type() == EvidenceType.SURVIVAL)
                .sorted(java.util.Comparator.comparingInt(Placed::start)).toList();
        if (survival.size() != 2 || !ArmAttribution.seriesKey(survival.get(0).finding()).equals(ArmAttribution.seriesKey(survival.get(1).finding()))) return null;
        return survival;
    }

    /** Between a subgroup's name and the arm written after it: {@code  group with }, {@code  group, }. */
    private static final java.util.regex.Pattern GROUP_THEN_ARM = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:group|subgroup|patients|cohort)?\\s*(?:,|with|receiving|treated\\s+with)?\\s*");

    /**
     * A survival value whose arm the sentence writes right after a subgroup ({@code 75% for the high-risk group with
     * RT}, {@code 64% for the high-risk group, no RT}) names both: {@code high-risk RT}.
     */
    static void subgroupArms(String sentence, List<Placed> placed, StudyArms arms, List<Finding> out) {
        List<StudyArms.Mention> mentions = null;
        for (Placed pl : placed) {
            Finding f = out.get(pl.index());
            if (f.type() != EvidenceType.SURVIVAL || f.arm() == null || arms.indexOf(f.arm()) < 0) continue;
            String group = LocalGroups.after(sentence, pl.end());
            if (group == null || arms.indexOf(group) >= 0) continue;
            int at = sentence.indexOf(group, Math.min(pl.end(), sentence.length()));
            if (at < 0 || at - pl.end() > 100) continue;
            int groupEnd = at + group.length();
            if (mentions == null) mentions = arms.mentions(sentence);
            for (StudyArms.Mention m : mentions) {
                if (m.start() < groupEnd) continue;
                if (m.arm() == arms.indexOf(f.arm()) && m.start() - groupEnd <= 20
                        && GROUP_THEN_ARM.matcher(sentence.substring(groupEnd, m.start())).matches())
                    out.set(pl.index(), f.withArm(group + " " + f.arm()));
                break;
            }
        }
    }
}
