package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.abbrev.Abbreviations;

/**
 * Gives findings without an arm the arm their sentence names, a document-level pass after all extractors:
 * values listed in the order the sentence lists as many arms ({@code 68% in the daily and 61% in the alternate-day
 * groups}, {@code 10 and 8 months in arms A and B, respectively}) take those arms in order; a single value takes
 * the arm named right after it ({@code 9.6 months in the control arm}) or right before it ({@link AdjacentArms}), or, for survival,
 * the only arm its sentence names. Values the extractor already split per arm (one span, several findings) keep their arms. Hazard ratios compare arms and get none; doses are
 * {@link PerArmFacts}' work. Cohort sizes take an arm only from a list
 * closed by {@code respectively} or an adjacent name. Cited findings and findings that already carry an arm are left alone.
 * Groups written around compared values rather than as arms are {@link GroupedValues}' work; a pair of {@code
 * corresponding figures} takes the groups of the pair in the sentence before. Pure.
 */
public final class ArmAttribution {
    private ArmAttribution() {}

    /** One finding in its sentence. */
    record Placed(int index, Finding finding, int start, int end) {}

    /** Returns the findings in the same order, with arms attributed. */
    public static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms) {
        return apply(document, findings, arms, Abbreviations.none());
    }

    /** As {@link #apply(Document, List, StudyArms)}; a group named by a short form takes its long form. */
    public static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms, Abbreviations abbreviations) {
        // a document without arms still has subgroups compared (LocalGroups, ComparedGroups)
        Map<Integer, Passage> passages = new HashMap<>();
        for (Passage p : document.passages()) passages.put(p.ordinal(), p);
        Map<Long, List<Placed>> bySentence = new LinkedHashMap<>();
        Map<Long, Span> spans = new HashMap<>();
        // one text span read as several findings (a value for each arm): the extractor's per-arm copies stay as they are
        String[] copyKeys = FindingSpans.keys(findings, FindingSpans::copyKey);
        java.util.Set<String> copies = FindingSpans.shared(copyKeys);
        java.util.Set<Long> citedSentences = new java.util.HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            boolean cited = citedSurvival(f);
            if (!attributable(f) && !cited) continue;
            Passage p = passages.get(f.passageOrdinal());
            if (p == null) continue;
            if (p.kind() == PassageKind.TABLE || copies.contains(copyKeys[i])) continue;
            int s = sentenceIndex(p, f.passageStart());
            if (s < 0) continue;
            long key = ((long) p.ordinal() << 32) | s;
            // a cited finding is read apart from the own study's: without its arms
            if (cited) { key |= 1L << 31; citedSentences.add(key); }
            Span span = p.sentences().get(s);
            spans.put(key, span);
            bySentence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Placed(i, f, f.passageStart() - span.start(), f.passageEnd() - span.start()));
        }
        List<Finding> out = catalogLabels(findings, arms, copies, copyKeys);
        long lastKey = -2;
        String[] lastPair = null;
        for (Map.Entry<Long, List<Placed>> e : bySentence.entrySet()) {
            Passage p = passages.get((int) (e.getKey() >>> 32));
            String sentence = spans.get(e.getKey()).coveredText(p.text());
            if (SentenceShapes.tableLike(sentence)) {
                // a run of values is read by its extractor; a subgroup written before a value's arm still joins it
                GroupedValues.subgroupArms(sentence, e.getValue(), citedSentences.contains(e.getKey()) ? StudyArms.none() : arms, out);
                continue;
            }
            attributeSentence(sentence, e.getValue(), citedSentences.contains(e.getKey()) ? StudyArms.none() : arms, out);
            if (EarlierGroups.refersBack(sentence)) earlierGroups(p, (int) (e.getKey() & 0x7fffffffL), e.getValue(), abbreviations, out);
            List<Placed> pair = GroupedValues.survivalPair(e.getValue());
            // the corresponding figures of the pair in the sentence before take its groups
            if (pair != null && lastPair != null && e.getKey() == lastKey + 1 && PairedGroups.correspondsBack(sentence)
                    && arms.mentions(sentence).isEmpty()) {
                for (int i = 0; i < 2; i++) out.set(pair.get(i).index(), out.get(pair.get(i).index()).withArm(lastPair[i]));
            }
            lastKey = e.getKey();
            lastPair = pair == null ? null : new String[] {out.get(pair.get(0).index()).arm(), out.get(pair.get(1).index()).arm()};
            if (lastPair != null && (lastPair[0] == null || lastPair[1] == null || lastPair[0].equals(lastPair[1]))) lastPair = null;
        }
        return keepFactsWhole(findings, SameFactLabels.unify(out));
    }

    /**
     * An extractor's arm that names a catalog arm takes the catalog's label ({@code Group 2} becomes the arm's
     * treatment name); per-arm copies of one value do so only when their arms stay distinct.
     */
    static List<Finding> catalogLabels(List<Finding> findings, StudyArms arms, java.util.Set<String> copies) {
        return catalogLabels(findings, arms, copies, FindingSpans.keys(findings, FindingSpans::copyKey));
    }

    /** As {@link #catalogLabels(List, StudyArms, java.util.Set)}, given each finding's {@link FindingSpans#copyKey}. */
    private static List<Finding> catalogLabels(List<Finding> findings, StudyArms arms, java.util.Set<String> copies,
                                               String[] copyKeys) {
        List<Finding> out = new ArrayList<>(findings);
        Map<String, java.util.Set<Integer>> copyArms = new HashMap<>();
        Map<String, Integer> copyCount = new HashMap<>();
        int[] known = new int[findings.size()];
        // the arm an extractor's label names, looked up once per label
        Map<String, Integer> armOf = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            known[i] = f.arm() == null || !f.accepted() || f.type() == EvidenceType.P_VALUE
                    || f.type() == EvidenceType.HAZARD_RATIO ? -1 : armOf.computeIfAbsent(f.arm(), arms::indexOf);
            if (!copies.contains(copyKeys[i])) continue;
            copyCount.merge(copyKeys[i], 1, Integer::sum);
            if (known[i] >= 0) copyArms.computeIfAbsent(copyKeys[i], k -> new java.util.HashSet<>()).add(known[i]);
        }
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (known[i] < 0) continue;
            String sp = copyKeys[i];
            if (copies.contains(sp) && copyArms.get(sp).size() != copyCount.get(sp)) continue;
            out.set(i, f.withArm(arms.arms().get(known[i]).label()));
        }
        return out;
    }

    /**
     * Undoes the new arms of a survival fact whose mentions now carry more distinct arms than before (more than one
     * when none had one): one value then reads as facts of two arms, which the text did not say.
     */
    static List<Finding> keepFactsWhole(List<Finding> before, List<Finding> after) {
        Map<String, java.util.Set<String>> was = new HashMap<>();
        Map<String, java.util.Set<String>> now = new HashMap<>();
        String[] keys = FindingSpans.keys(after, ArmAttribution::factKey);
        // a label's words, made once per label
        Map<String, String> words = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            String key = keys[i];
            if (key == null || !key.startsWith("s|")) continue;
            was.computeIfAbsent(key, k -> new java.util.HashSet<>());
            now.computeIfAbsent(key, k -> new java.util.HashSet<>());
            if (before.get(i).arm() != null) was.get(key).add(words.computeIfAbsent(before.get(i).arm(), l -> SameFactLabels.words(l).toString()));
            if (after.get(i).arm() != null) now.get(key).add(words.computeIfAbsent(after.get(i).arm(), l -> SameFactLabels.words(l).toString()));
        }
        List<Finding> out = new ArrayList<>(after);
        for (int i = 0; i < out.size(); i++) {
            String key = keys[i];
            if (key == null || !now.containsKey(key)) continue;
            if (now.get(key).size() > Math.max(1, was.get(key).size())) out.set(i, after.get(i).withArm(before.get(i).arm()));
        }
        return out;
    }

    /** A fact's key, cited and own mentions apart (a cited study's arm says nothing of the own study's). */
    private static String factKey(Finding f) {
        String key = SameFactLabels.key(f);
        return key == null ? null : f.cited() ? "c" + key : key;
    }

    private static void attributeSentence(String sentence, List<Placed> placed, StudyArms arms, List<Finding> out) {
        List<StudyArms.Mention> mentions = arms.mentions(sentence);
        for (Placed pl : placed) {
            if (pl.finding().type() != EvidenceType.SURVIVAL || out.get(pl.index()).arm() != null) continue;
            String group = LocalGroups.after(sentence, pl.end());
            if (group == null) group = LocalGroups.before(sentence, pl.start());
            if (group != null && arms.indexOf(group) < 0) out.set(pl.index(), out.get(pl.index()).withArm(group));
        }
        List<Integer> order = distinctArms(mentions);
        Map<String, List<Placed>> series = new LinkedHashMap<>();
        for (Placed pl : placed) series.computeIfAbsent(seriesKey(pl.finding()), k -> new ArrayList<>()).add(pl);
        for (List<Placed> list : series.values()) {
            if (GroupedValues.valueGroups(sentence, list, order.size(), out)) continue;
            if (comparedGroups(sentence, list, arms, out)) continue;
            if (mentions.isEmpty()) {
                pairWithoutNames(sentence, list, arms, out);
                continue;
            }
            boolean cohortList = list.get(0).finding().type() != EvidenceType.COHORT
                    || sentence.toLowerCase(java.util.Locale.ROOT).contains("respectively");
            if (list.size() >= 2 && list.size() == order.size() && cohortList) {
                for (int i = 0; i < list.size(); i++) propose(out, list.get(i), arms, order.get(i), true);
                continue;
            }
            boolean fewerNames = list.size() > order.size();
            for (Placed pl : list) {
                int arm = AdjacentArms.of(sentence, pl, placed, mentions, !fewerNames);
                if (arm >= 0) propose(out, pl, arms, arm, true);
                else if (list.size() == 1 && order.size() == 1 && pl.finding().type() == EvidenceType.SURVIVAL)
                    propose(out, pl, arms, order.get(0), false);
            }
        }
        treatmentNames(sentence, series.values(), arms, out);
        GroupedValues.subgroupArms(sentence, placed, arms, out);
    }

    /**
     * Survival values still without an arm take the treatments the sentence writes beside them ({@link
     * TreatmentPairs}): a compared pair the two treatments compared before it; a {@code from x to y} pair the
     * treatments after it, over any arm; one value the treatment right after it or the one its clause uses before
     * it ({@code a DFS rate using drug A of 70%}). A treatment that is a catalog
     * arm takes its label.
     */
    private static void treatmentNames(String sentence, java.util.Collection<List<Placed>> series, StudyArms arms,
                                       List<Finding> out) {
        for (List<Placed> list : series) {
            if (list.get(0).finding().type() != EvidenceType.SURVIVAL) continue;
            if (list.size() == 2) {
                Placed a = list.get(0);
                Placed b = list.get(1);
                String between = between(sentence, a, b).toLowerCase(java.util.Locale.ROOT).strip();
                String[] names = null;
                boolean over = false;
                if (between.equals("to")) {
                    names = TreatmentPairs.fromToAfter(sentence, a.start(), Math.min(b.end(), sentence.length()));
                    over = true;
                } else if (between.length() <= 40 && (between.contains("vs") || between.contains("versus"))
                        && out.get(a.index()).arm() == null && out.get(b.index()).arm() == null) {
                    names = TreatmentPairs.comparedBefore(sentence, a.start());
                }
                if (names != null) {
                    name(out, a, names[0], arms, over);
                    name(out, b, names[1], arms, over);
                    continue;
                }
            }
            for (Placed pl : list) {
                if (out.get(pl.index()).arm() != null) continue;
                String name = TreatmentPairs.after(sentence, pl.end());
                if (name == null) name = TreatmentPairs.usingBefore(sentence, pl.start());
                if (name != null) name(out, pl, name, arms, false);
            }
        }
    }

    private static void name(List<Finding> out, Placed pl, String name, StudyArms arms, boolean over) {
        Finding f = out.get(pl.index());
        if (f.arm() != null && !over) return;
        int arm = arms.indexOf(name);
        out.set(pl.index(), f.withArm(arm >= 0 ? arms.arms().get(arm).label() : name));
    }

    /**
     * Two survival values compared ({@code 70% vs 62%}) right after the sentence names the two subgroups compared
     * ({@link ComparedGroups}), or listed ({@code 70% and 62%}) after it names two groups together, take those
     * subgroups (the catalog's label when one is an arm), over any arm; true when it gave them.
     */
    private static boolean comparedGroups(String sentence, List<Placed> list, StudyArms arms, List<Finding> out) {
        if (list.size() != 2 || list.get(0).finding().type() != EvidenceType.SURVIVAL) return false;
        String between = between(sentence, list.get(0), list.get(1)).toLowerCase(java.util.Locale.ROOT);
        int pairStart = Math.min(list.get(0).start(), sentence.length());
        String[] groups;
        if (between.length() <= 40 && (between.contains("vs") || between.contains("versus"))) groups = ComparedGroups.before(sentence, pairStart);
        else if (between.strip().equals("and") || between.strip().endsWith(" and")) groups = ComparedGroups.listed(sentence, pairStart);
        else return false;
        if (groups == null) return false;
        for (int i = 0; i < 2; i++) {
            Finding f = out.get(list.get(i).index());
            if (groups[i] == null) continue;
            int arm = arms.indexOf(groups[i]);
            out.set(list.get(i).index(), f.withArm(arm >= 0 ? arms.arms().get(arm).label() : groups[i]));
        }
        return true;
    }

    /**
     * Survival values of one series still without an arm, in a sentence that refers back to groups ({@link
     * EarlierGroups}), take the groups one of the three sentences before lists, as many as the values, in order.
     */
    private static void earlierGroups(Passage p, int index, List<Placed> placed, Abbreviations abbreviations, List<Finding> out) {
        Map<String, List<Placed>> series = new LinkedHashMap<>();
        for (Placed pl : placed) {
            if (pl.finding().type() == EvidenceType.SURVIVAL) series.computeIfAbsent(seriesKey(pl.finding()), k -> new ArrayList<>()).add(pl);
        }
        for (List<Placed> list : series.values()) {
            if (list.size() < 2 || list.stream().anyMatch(pl -> out.get(pl.index()).arm() != null)) continue;
            list.sort(java.util.Comparator.comparingInt(Placed::start));
            for (int back = 1; back <= 3 && index - back >= 0; back++) {
                List<String> groups = EarlierGroups.listed(p.sentences().get(index - back).coveredText(p.text()), list.size());
                if (groups == null) continue;
                for (int i = 0; i < list.size(); i++) out.set(list.get(i).index(), out.get(list.get(i).index()).withArm(EarlierGroups.longForms(groups.get(i), abbreviations)));
                break;
            }
        }
    }

    /**
     * Two survival values compared ({@code 70% vs 62%}) in a sentence that names no arm take the document's two
     * randomised arms in their design order, unless a treatment is written right after one of them.
     */
    private static void pairWithoutNames(String sentence, List<Placed> list, StudyArms arms, List<Finding> out) {
        List<Integer> primary = arms.primary();
        if (list.size() != 2 || primary.size() != 2 || list.get(0).finding().type() != EvidenceType.SURVIVAL) return;
        String between = between(sentence, list.get(0), list.get(1)).toLowerCase(java.util.Locale.ROOT);
        if (between.length() > 40 || !(between.contains("vs") || between.contains("versus"))) return;
        // values that name their own treatments (187 days for drug A vs 157 days for placebo) are another study's
        if (TreatmentPairs.after(sentence, list.get(0).end()) != null || TreatmentPairs.after(sentence, list.get(1).end()) != null) return;
        propose(out, list.get(0), arms, primary.get(0), false);
        propose(out, list.get(1), arms, primary.get(1), false);
    }

    /** Arms in the order the sentence first names them. */
    private static List<Integer> distinctArms(List<StudyArms.Mention> mentions) {
        List<Integer> out = new ArrayList<>();
        for (StudyArms.Mention m : mentions) if (!out.contains(m.arm())) out.add(m.arm());
        return out;
    }

    /** The sentence's text between two values ({@code a} first); empty when they overlap. */
    static String between(String sentence, Placed a, Placed b) {
        int from = Math.min(a.end(), sentence.length());
        return sentence.substring(from, Math.max(from, Math.min(b.start(), sentence.length())));
    }

    /** Findings listed together: one type, and for survival one endpoint, measure and time point. */
    static String seriesKey(Finding f) {
        if (f.fact() instanceof Fact.Survival s) return "survival|" + s.endpoint() + "|" + s.measure() + "|" + s.timeMonths();
        return f.type().name();
    }

    /**
     * Gives the finding the arm: always when it has none; over an extractor's arm only on {@code strong} evidence (a
     * list or an adjacent name) and when the extractor's arm is not the same catalog arm.
     */
    private static void propose(List<Finding> out, Placed pl, StudyArms arms, int arm, boolean strong) {
        Finding f = out.get(pl.index());
        if (f.arm() != null && (!strong || arms.indexOf(f.arm()) == arm)) return;
        out.set(pl.index(), f.withArm(arms.arms().get(arm).label()));
    }

    private static boolean citedSurvival(Finding f) {
        return f.accepted() && f.cited() && f.type() == EvidenceType.SURVIVAL && f.arm() == null;
    }

    private static boolean attributable(Finding f) {
        return f.accepted() && !f.cited() && (f.type() == EvidenceType.COHORT || f.type() == EvidenceType.SURVIVAL);
    }

    private static int sentenceIndex(Passage passage, int at) {
        List<Span> spans = passage.sentences();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (at >= s.start() && at < s.end() && s.end() <= passage.text().length()) return i;
        }
        return -1;
    }
}
