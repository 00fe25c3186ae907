package org.oncoev.extractors.gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.oncoev.extractors.EvidenceType;

/**
 * Scores predicted evidence against gold exactly as {@code FORMAT.md} says. Keys per type: cohorts by size;
 * survival by endpoint, measure, time_months (rates only; null matches only null) and value; p-values by
 * relation and value; hazard ratios by value and CI bounds (a gold CI of null matches any); doses by agent,
 * amount and unit. Numbers are equal within {@value #P_TOLERANCE} for p-values and HRs and
 * {@value #TOLERANCE} otherwise; strings compare case-insensitively (units also with {@code ²}→2 and
 * {@code µ}/{@code μ}→u). Matching is one-to-one. Stateless and thread-safe.
 */
public final class Scorer {
    public static final double P_TOLERANCE = 0.0005;
    public static final double TOLERANCE = 0.05;

    /** Scores one document; the result maps each {@link EvidenceType#key()} to its {@link TypeResult}. */
    public DocumentScore score(EvidenceDocument gold, EvidenceDocument predicted) {
        Map<String, TypeResult> types = new LinkedHashMap<>();
        types.put(EvidenceType.COHORT.key(), scoreType(gold.cohorts(), predicted.cohorts(),
                (g, p) -> near(g.size(), p.size(), TOLERANCE), EvidenceDocument.Cohort::arm, c -> 0,
                c -> c.size() + armLabel(c.arm()) + quoteLabel(c.quote())));
        types.put(EvidenceType.SURVIVAL.key(), scoreType(gold.survival(), predicted.survival(),
                Scorer::survivalKeyEqual, EvidenceDocument.Survival::arm, s -> 0, Scorer::survivalLabel));
        types.put(EvidenceType.P_VALUE.key(), scoreType(gold.pValues(), predicted.pValues(),
                (g, p) -> same(g.relation(), p.relation()) && near(g.value(), p.value(), P_TOLERANCE),
                p -> null, EvidenceDocument.PValue::mentions,
                p -> "P " + p.relation() + " " + p.value() + " x" + p.mentions() + " (" + p.source() + ")",
                p -> "table".equalsIgnoreCase(p.source())));
        types.put(EvidenceType.HAZARD_RATIO.key(), scoreType(gold.hazardRatios(), predicted.hazardRatios(),
                Scorer::hazardKeyEqual, EvidenceDocument.HazardRatio::arm, h -> 0,
                h -> "HR " + h.value() + " " + ciLabel(h.ciLow(), h.ciHigh()) + quoteLabel(h.quote())));
        types.put(EvidenceType.DOSE.key(), scoreType(gold.doses(), predicted.doses(),
                (g, p) -> same(g.agent(), p.agent()) && near(g.amount(), p.amount(), TOLERANCE)
                        && same(unit(g.unit()), unit(p.unit())),
                EvidenceDocument.Dose::arm, d -> 0,
                d -> d.agent() + " " + d.amount() + " " + d.unit() + armLabel(d.arm()) + quoteLabel(d.quote())));
        return new DocumentScore(gold.document(), types);
    }

    /** True when the predicted arm shares at least half of the gold arm's words (case-insensitive). */
    public static boolean armAgrees(String goldArm, String predictedArm) {
        Set<String> goldWords = words(goldArm);
        if (goldWords.isEmpty()) return true;
        Set<String> predictedWords = words(predictedArm);
        int shared = 0;
        for (String w : goldWords) {
            if (predictedWords.contains(w)) shared++;
        }
        return 2 * shared >= goldWords.size();
    }

    private static <T> TypeResult scoreType(List<T> gold, List<T> predicted, BiPredicate<T, T> keyEqual,
                                            Function<T, String> arm, ToIntFunction<T> mentions,
                                            Function<T, String> label) {
        return scoreType(gold, predicted, keyEqual, arm, mentions, label, g -> false);
    }

    private static <T> TypeResult scoreType(List<T> gold, List<T> predicted, BiPredicate<T, T> keyEqual,
                                            Function<T, String> arm, ToIntFunction<T> mentions,
                                            Function<T, String> label, Predicate<T> fromTable) {
        int[] goldToPred = OneToOneMatcher.match(gold, predicted, keyEqual,
                (g, p) -> hasWords(arm.apply(g)) && armAgrees(arm.apply(g), arm.apply(p)));
        boolean[] predMatched = new boolean[predicted.size()];
        List<String> missed = new ArrayList<>();
        List<String> armMisses = new ArrayList<>();
        int tp = 0;
        int armTotal = 0;
        int armCorrect = 0;
        int goldMentions = 0;
        int recalled = 0;
        int tableGold = 0;
        int tableFound = 0;
        for (int i = 0; i < gold.size(); i++) {
            T g = gold.get(i);
            goldMentions += mentions.applyAsInt(g);
            int j = goldToPred[i];
            boolean table = fromTable.test(g);
            if (table) tableGold++;
            if (j >= 0 && table) tableFound++;
            if (j < 0) {
                missed.add(label.apply(g));
                continue;
            }
            tp++;
            predMatched[j] = true;
            T p = predicted.get(j);
            recalled += Math.min(mentions.applyAsInt(g), mentions.applyAsInt(p));
            if (hasWords(arm.apply(g))) {
                armTotal++;
                if (armAgrees(arm.apply(g), arm.apply(p))) armCorrect++;
                else armMisses.add(label.apply(g) + " -> [" + arm.apply(p) + "]");
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int j = 0; j < predicted.size(); j++) {
            if (!predMatched[j]) spurious.add(label.apply(predicted.get(j)));
        }
        TypeCounts counts = new TypeCounts(tp, spurious.size(), missed.size());
        return new TypeResult(counts, missed, spurious, armTotal, armCorrect, goldMentions, recalled,
                tableGold, tableFound, armMisses);
    }

    private static boolean survivalKeyEqual(EvidenceDocument.Survival g, EvidenceDocument.Survival p) {
        if (!same(g.endpoint(), p.endpoint()) || !same(g.measure(), p.measure())) return false;
        if (!near(g.value(), p.value(), TOLERANCE)) return false;
        if (!"rate".equalsIgnoreCase(g.measure())) return true;
        if (g.timeMonths() == null || p.timeMonths() == null) return g.timeMonths() == null && p.timeMonths() == null;
        return near(g.timeMonths(), p.timeMonths(), TOLERANCE);
    }

    private static boolean hazardKeyEqual(EvidenceDocument.HazardRatio g, EvidenceDocument.HazardRatio p) {
        if (!near(g.value(), p.value(), P_TOLERANCE)) return false;
        if (g.ciLow() == null || g.ciHigh() == null) return true;
        return p.ciLow() != null && p.ciHigh() != null
                && near(g.ciLow(), p.ciLow(), P_TOLERANCE) && near(g.ciHigh(), p.ciHigh(), P_TOLERANCE);
    }

    private static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance + 1e-9;
    }

    private static boolean same(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static String unit(String u) {
        if (u == null) return null;
        return u.replace('²', '2').replace('µ', 'u').replace('μ', 'u').replaceAll("\\s+", "");
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) return out;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static boolean hasWords(String arm) {
        return !words(arm).isEmpty();
    }

    private static String survivalLabel(EvidenceDocument.Survival s) {
        String time = "rate".equalsIgnoreCase(s.measure()) ? " @" + s.timeMonths() + "mo" : "";
        return s.endpoint() + " " + s.measure() + time + " " + s.value() + " " + s.unit()
                + " " + ciLabel(s.ciLow(), s.ciHigh()) + armLabel(s.arm()) + quoteLabel(s.quote());
    }

    private static String ciLabel(Double low, Double high) {
        return low == null ? "(no CI)" : "(" + low + "-" + high + ")";
    }

    private static String armLabel(String arm) {
        return arm == null ? "" : " [" + arm + "]";
    }

    private static String quoteLabel(String quote) {
        if (quote == null) return "";
        String q = quote.replaceAll("\\s+", " ");
        return " \"" + (q.length() > 120 ? q.substring(0, 117) + "..." : q) + "\"";
    }
}
