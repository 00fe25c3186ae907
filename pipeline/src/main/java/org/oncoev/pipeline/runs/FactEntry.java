package org.oncoev.pipeline.runs;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.extractors.gold.EvidenceDocument;

/**
 * One exported fact reduced to strings for comparing runs: its type, its FORMAT.md key, a looser pairing key
 * (a hazard ratio's value alone, so a changed CI reads as a change, not a removal and an addition) and its
 * other fields except the quote ({@code detail}), which is what "changed" compares.
 */
public record FactEntry(String type, String key, String loose, String detail) {

    /** Display form: {@code type key [detail]}. */
    public String display() {
        return type + " " + key + (detail.isEmpty() ? "" : " [" + detail + "]");
    }

    /** Every fact of an exported document, in FORMAT.md order. */
    public static List<FactEntry> of(EvidenceDocument d) {
        List<FactEntry> out = new ArrayList<>();
        for (EvidenceDocument.Cohort c : d.cohorts()) {
            String key = "size " + c.size();
            out.add(new FactEntry("cohorts", key, key, fields("arm", c.arm())));
        }
        for (EvidenceDocument.Survival s : d.survival()) {
            String key = s.endpoint() + " " + s.measure() + ("rate".equals(s.measure()) ? " at " + num(s.timeMonths())
                    + " months" : "") + " " + num(s.value());
            out.add(new FactEntry("survival", key, key, fields("unit", s.unit(), "value_max", num(s.valueMax()),
                    "ci", ci(s.ciLow(), s.ciHigh()), "arm", s.arm())));
        }
        for (EvidenceDocument.PValue p : d.pValues()) {
            String key = "P " + p.relation() + " " + num(p.value());
            out.add(new FactEntry("p_values", key, key, fields("mentions", String.valueOf(p.mentions()),
                    "source", p.source())));
        }
        for (EvidenceDocument.HazardRatio h : d.hazardRatios()) {
            String value = "HR " + num(h.value());
            out.add(new FactEntry("hazard_ratios", value + " ci " + ci(h.ciLow(), h.ciHigh()), value,
                    fields("arm", h.arm())));
        }
        for (EvidenceDocument.Dose x : d.doses()) {
            String key = x.agent() + " " + num(x.amount()) + " " + x.unit();
            out.add(new FactEntry("doses", key, key, fields("amount_max", num(x.amountMax()), "route", x.route(),
                    "schedule", x.schedule(), "arm", x.arm())));
        }
        return out;
    }

    /** {@code name=value} pairs of the non-null values, joined by "; ". */
    private static String fields(String... nameValue) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            if (nameValue[i + 1] == null) continue;
            if (sb.length() > 0) sb.append("; ");
            sb.append(nameValue[i]).append('=').append(nameValue[i + 1]);
        }
        return sb.toString();
    }

    private static String ci(Double low, Double high) {
        return low == null && high == null ? null : "[" + num(low) + ", " + num(high) + "]";
    }

    /** A number without a trailing ".0"; null stays null. */
    static String num(Double v) {
        if (v == null) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf(v.longValue());
        return String.valueOf(v);
    }
}
