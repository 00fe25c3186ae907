package org.oncoev.extractors.gold;

import java.util.List;

/**
 * One document's evidence in the gold format of {@code FORMAT.md}: the file it describes and one list of
 * distinct facts per evidence type. Used both for hand-made gold and for what the pipeline exports, so
 * that the {@link Scorer} compares like with like. Lists are never null (empty when absent).
 */
public record EvidenceDocument(String document, List<Cohort> cohorts, List<Survival> survival,
                               List<PValue> pValues, List<HazardRatio> hazardRatios, List<Dose> doses) {

    public EvidenceDocument {
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        survival = survival == null ? List.of() : List.copyOf(survival);
        pValues = pValues == null ? List.of() : List.copyOf(pValues);
        hazardRatios = hazardRatios == null ? List.of() : List.copyOf(hazardRatios);
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    /** A study's (arm null) or an arm's number of patients. Key: size. */
    public record Cohort(int size, String arm, String quote) {}

    /**
     * A median ({@code measure} "median", a time in {@code unit}) or a rate ("rate", a percentage at
     * {@code timeMonths}, null when unstated). Key: endpoint, measure, timeMonths (rates only), value.
     */
    public record Survival(String endpoint, String measure, double value, Double valueMax, String unit,
                           Double timeMonths, Double ciLow, Double ciHigh, String arm, String quote) {}

    /** A distinct p-value with the number of times it is mentioned; {@code source} is text or table. */
    public record PValue(String relation, double value, int mentions, String source) {}

    /** A hazard ratio with its 95% CI (both bounds null when absent). Key: value, ciLow, ciHigh. */
    public record HazardRatio(double value, Double ciLow, Double ciHigh, String arm, String quote) {}

    /** One agent and amount of a regimen. Key: agent, amount, unit. */
    public record Dose(String agent, double amount, Double amountMax, String unit, String route,
                       String schedule, String arm, String quote) {}
}
