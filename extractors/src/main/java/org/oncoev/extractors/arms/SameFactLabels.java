package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Gives one label to the mentions of one fact that name the same arm in two ways: findings with the same
 * value (cohort size; survival endpoint, measure, time point and value; dose agent, amount and unit) whose arm
 * labels' words are one a subset of the other ({@code twice-daily}, {@code twice-daily chemoradiotherapy}) take the
 * longer label, so that the arm's fact is reported once, when the shorter names no treatment (a schedule or a
 * modifier only: {@code gefitinib} and {@code nimotuzumab plus gefitinib} are two arms). Labels that differ
 * ({@code weekly}, {@code 3-weekly}) stay apart, and so do the per-arm copies of one span. Pure.
 */
public final class SameFactLabels {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_LABEL_BREAK = java.util.regex.Pattern.compile("[\\s,;:()]+");
    private SameFactLabels() {}

    private static final Set<String> FILLER = Set.of("the", "a", "an", "arm", "arms", "group", "groups", "alone",
            "only", "regimen", "treatment");

    /** Returns the findings in the same order, labels unified per fact. */
    public static List<Finding> unify(List<Finding> findings) {
        Map<String, Set<String>> labelsByKey = new LinkedHashMap<>();
        String[] spans = FindingSpans.keys(findings, FindingSpans::span);
        Set<String> copies = FindingSpans.shared(spans);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (copies.contains(spans[i])) continue;
            String key = key(f);
            if (key != null && f.arm() != null) labelsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.arm());
        }
        Map<String, Map<String, String>> renames = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : labelsByKey.entrySet()) {
            if (e.getValue().size() < 2) continue;
            List<String> labels = new ArrayList<>(e.getValue());
            Map<String, String> rename = new HashMap<>();
            for (String a : labels) {
                if (ArmNames.hasTreatment(a, RX_LABEL_BREAK)) continue;
                String target = null;
                for (String b : labels) {
                    if (a.equals(b)) continue;
                    Set<String> wa = words(a);
                    Set<String> wb = words(b);
                    if (!wa.isEmpty() && wb.containsAll(wa) && (wb.size() > wa.size() || b.length() > a.length())) {
                        if (target != null && !words(target).containsAll(wb) && !wb.containsAll(words(target))) {
                            target = null;
                            break;
                        }
                        if (target == null || wb.size() > words(target).size()) target = b;
                    }
                }
                if (target != null) rename.put(a, target);
            }
            renames.put(e.getKey(), rename);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String key = copies.contains(spans[i]) ? null : key(f);
            Map<String, String> rename = key == null ? null : renames.get(key);
            String to = rename == null || f.arm() == null ? null : rename.get(f.arm());
            out.add(to != null ? f.withArm(to) : f);
        }
        return out;
    }

    /** The scoring key of an accepted cohort, survival or dose finding; null for others. */
    static String key(Finding f) {
        if (!f.accepted()) return null;
        if (f.fact() instanceof Fact.Cohort c) return "c|" + c.size();
        if (f.fact() instanceof Fact.Survival s) {
            return "s|" + s.endpoint() + "|" + s.measure() + "|" + s.timeMonths() + "|" + num(s.value());
        }
        if (f.fact() instanceof Fact.Dose d) return "d|" + d.agent() + "|" + num(d.amount()) + "|" + d.unit();
        return null;
    }

    /**
     * {@code d} as {@code String.format(Locale.ROOT, "%.4f", d)} does; a positive value below 10^7 whose shortest
     * decimal form has at most four decimals is only padded with zeros (no rounding to do), without the formatter.
     */
    static String num(double d) {
        if (d > 0 && d < 1e7) {
            String s = Double.toString(d);
            int dot = s.indexOf('.');
            if (dot > 0 && s.indexOf('E') < 0) {
                int decimals = s.length() - dot - 1;
                if (decimals <= 4) return decimals == 4 ? s : s + "0000".substring(decimals);
            }
        }
        return String.format(Locale.ROOT, "%.4f", d);
    }

    static Set<String> words(String label) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : RX_LABEL_BREAK.split(label.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !FILLER.contains(w)) out.add(w);
        }
        return out;
    }
}
