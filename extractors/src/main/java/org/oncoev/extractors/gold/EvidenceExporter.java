package org.oncoev.extractors.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Turns one document's findings into the gold format of {@code FORMAT.md}. Only accepted findings count.
 * Each list holds distinct facts: findings with the same scoring key and the same arm (compared by their
 * lower-case words) are one entry, and a finding without an arm is folded into an entry of the same key
 * that has one. HRs of one value keep one entry per distinct CI; a CI-less HR folds into them, unless it is cited
 * (another study's result) and all the HRs with a CI are the paper's own. Where several findings merge, the first
 * one with a CI (else the first) gives the quote,
 * CI and other descriptive fields. P-values are aggregated by relation and value: {@code mentions} is the
 * number of findings, {@code source} is {@code text} when any of them is outside a table. Thread-safe.
 */
public final class EvidenceExporter {

    public EvidenceDocument export(String fileName, List<Finding> findings) {
        List<Finding> accepted = findings.stream().filter(Finding::accepted).toList();
        List<EvidenceDocument.Cohort> cohorts = new ArrayList<>();
        for (Merged m : distinct(accepted, Fact.Cohort.class, f -> "" + ((Fact.Cohort) f.fact()).size(),
                Finding::arm, f -> false)) {
            cohorts.add(new EvidenceDocument.Cohort(((Fact.Cohort) m.best.fact()).size(), m.arm, m.best.raw()));
        }
        List<EvidenceDocument.Survival> survival = new ArrayList<>();
        for (Merged m : distinct(accepted, Fact.Survival.class, EvidenceExporter::survivalKey, Finding::arm,
                f -> ((Fact.Survival) f.fact()).ciLow() != null)) {
            Fact.Survival s = (Fact.Survival) m.best.fact();
            survival.add(new EvidenceDocument.Survival(s.endpoint(), s.measure(), s.value(), s.valueMax(), s.unit(),
                    s.timeMonths(), s.ciLow(), s.ciHigh(), m.arm, m.best.raw()));
        }
        List<EvidenceDocument.HazardRatio> hrs = new ArrayList<>();
        for (Merged m : distinct(accepted, Fact.HazardRatio.class, f -> num(((Fact.HazardRatio) f.fact()).value()),
                Finding::arm, f -> ((Fact.HazardRatio) f.fact()).ciLow() != null)) {
            hrs.addAll(hazardRatios(m));
        }
        List<EvidenceDocument.Dose> doses = new ArrayList<>();
        for (Merged m : distinct(accepted, Fact.Dose.class, EvidenceExporter::doseKey, EvidenceExporter::doseArm,
                f -> ((Fact.Dose) f.fact()).route() != null)) {
            Fact.Dose d = (Fact.Dose) m.best.fact();
            doses.add(new EvidenceDocument.Dose(d.agent(), d.amount(), d.amountMax(), d.unit(), d.route(),
                    d.schedule(), m.arm, m.best.raw()));
        }
        return new EvidenceDocument(fileName, cohorts, survival, pValues(accepted), hrs, doses);
    }

    private static List<EvidenceDocument.PValue> pValues(List<Finding> accepted) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Fact.PValue> facts = new LinkedHashMap<>();
        for (Finding f : accepted) {
            if (!(f.fact() instanceof Fact.PValue p)) continue;
            String key = p.relation().symbol() + " " + num(p.value());
            facts.putIfAbsent(key, p);
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (!p.inTable()) c[1]++;
        }
        List<EvidenceDocument.PValue> out = new ArrayList<>();
        facts.forEach((key, p) -> out.add(new EvidenceDocument.PValue(p.relation().symbol(), p.value(),
                counts.get(key)[0], counts.get(key)[1] > 0 ? "text" : "table")));
        return out;
    }

    // HRs of the same value: distinct CIs stay distinct entries; a CI-less mention folds into one with a CI (a
    // restatement), except that a cited study's CI-less HR is its own fact when every HR with a CI is the paper's own.
    private static List<EvidenceDocument.HazardRatio> hazardRatios(Merged m) {
        Map<String, Finding> byCi = new LinkedHashMap<>();
        Finding citedWithoutCi = null;
        boolean ownWithoutCi = false;
        boolean citedWithCi = false;
        for (Finding f : m.members) {
            Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
            if (h.ciLow() != null && h.ciHigh() != null) {
                byCi.putIfAbsent(num(h.ciLow()) + "-" + num(h.ciHigh()), f);
                citedWithCi |= f.cited();
            } else if (f.cited()) {
                if (citedWithoutCi == null) citedWithoutCi = f;
            } else {
                ownWithoutCi = true;
            }
        }
        if (byCi.isEmpty()) byCi.put("", m.best);
        else if (citedWithoutCi != null && !citedWithCi && !ownWithoutCi) byCi.put("", citedWithoutCi);
        List<EvidenceDocument.HazardRatio> out = new ArrayList<>();
        for (Finding f : byCi.values()) {
            Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
            out.add(new EvidenceDocument.HazardRatio(h.value(), h.ciLow(), h.ciHigh(), m.arm, f.raw()));
        }
        return out;
    }

    private static String survivalKey(Finding f) {
        Fact.Survival s = (Fact.Survival) f.fact();
        String time = "rate".equalsIgnoreCase(s.measure()) ? String.valueOf(s.timeMonths() == null ? null : num(s.timeMonths())) : "";
        return lower(s.endpoint()) + "|" + lower(s.measure()) + "|" + time + "|" + num(s.value());
    }

    private static String doseKey(Finding f) {
        Fact.Dose d = (Fact.Dose) f.fact();
        return lower(d.agent()) + "|" + num(d.amount()) + "|" + lower(d.unit());
    }

    private static String doseArm(Finding f) {
        return f.arm() != null ? f.arm() : ((Fact.Dose) f.fact()).regimen();
    }

    /**
     * Groups findings of one fact class by key and arm words; arm-less findings join an armed group of their key,
     * and so do cited findings of a key the own study also reports.
     */
    private static List<Merged> distinct(List<Finding> findings, Class<? extends Fact> type,
                                         Function<Finding, String> key, Function<Finding, String> arm,
                                         Predicate<Finding> better) {
        Map<String, Map<String, Merged>> byKey = new LinkedHashMap<>();
        java.util.Set<String> ownKeys = new java.util.HashSet<>();
        for (Finding f : findings) if (type.isInstance(f.fact()) && !f.cited()) ownKeys.add(key.apply(f));
        for (Finding f : findings) {
            if (!type.isInstance(f.fact())) continue;
            // a cited study's arm makes no entry of its own beside the own study's fact of that key (FORMAT rulings)
            String a = f.cited() && ownKeys.contains(key.apply(f)) ? null : arm.apply(f);
            Map<String, Merged> arms = byKey.computeIfAbsent(key.apply(f), k -> new LinkedHashMap<>());
            arms.computeIfAbsent(armWords(a), k -> new Merged(a)).add(f, better);
        }
        List<Merged> out = new ArrayList<>();
        for (Map<String, Merged> arms : byKey.values()) {
            Merged unarmed = arms.remove("");
            if (arms.isEmpty() && unarmed != null) {
                out.add(unarmed);
            } else {
                out.addAll(arms.values());
            }
        }
        return out;
    }

    private static String armWords(String arm) {
        if (arm == null) return "";
        return String.join(" ", arm.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    /** The findings that merge into one entry and the one that represents them. */
    private static final class Merged {
        final String arm;
        final List<Finding> members = new ArrayList<>();
        Finding best;

        Merged(String arm) {
            this.arm = arm;
        }

        void add(Finding f, Predicate<Finding> better) {
            members.add(f);
            if (best == null || (!better.test(best) && better.test(f))) best = f;
        }
    }
}
