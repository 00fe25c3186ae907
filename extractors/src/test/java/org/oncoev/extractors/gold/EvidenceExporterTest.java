package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;

class EvidenceExporterTest {
    private final EvidenceExporter exporter = new EvidenceExporter();

    static Finding finding(Fact fact, String raw, String arm) {
        return new Finding(fact, raw, 0, 0, raw.length(), 0, raw.length(), 0.9, "test", "1", arm, false, null);
    }

    static Fact.Survival median(String endpoint, double value, Double low, Double high) {
        return new Fact.Survival(endpoint, "median", value, null, "months", null, low, high);
    }

    @Test
    void repeatedFactIsOneEntryAndArmlessMentionFoldsIntoArmedOne() {
        List<Finding> findings = List.of(
                finding(median("OS", 14.0, null, null), "median OS was 14.0 months", null),
                finding(median("OS", 14.0, 11.0, 17.0), "14.0 months (95% CI 11.0-17.0) in the combination arm",
                        "combination arm"),
                finding(median("OS", 14.0, null, null), "14.0 months with the combination", "Combination ARM"),
                finding(median("OS", 14.0, null, null), "14.0 months in the control arm", "control arm"));
        EvidenceDocument doc = exporter.export("a.txt", findings);
        assertEquals(2, doc.survival().size());
        EvidenceDocument.Survival first = doc.survival().get(0);
        assertEquals("combination arm", first.arm());
        assertEquals(11.0, first.ciLow());
        assertEquals("control arm", doc.survival().get(1).arm());
    }

    @Test
    void aCitedArmMakesNoSecondEntryBesideTheOwnFactOfItsKey() {
        Finding cited = new Finding(median("PFS", 27.0, null, null), "27 months with sunitinib", 0, 0, 10, 0, 10, 0.9,
                "test", "1", "sunitinib", true, null);
        List<Finding> findings = List.of(cited,
                finding(median("PFS", 27.0, 22.0, 31.0), "27 months (95% CI 22-31) for KRAS-mutant patients", "KRAS-mutant"),
                new Finding(median("OS", 40.0, null, null), "40 months with sunitinib", 0, 0, 10, 0, 10, 0.9,
                        "test", "1", "sunitinib", true, null));
        EvidenceDocument doc = exporter.export("a.txt", findings);
        assertEquals(2, doc.survival().size());
        assertEquals("KRAS-mutant", doc.survival().get(0).arm());
        assertEquals("sunitinib", doc.survival().get(1).arm());
    }

    @Test
    void rejectedFindingsAreLeftOut() {
        Finding bad = finding(new Fact.Survival("PFS", "rate", 594, null, "%", 12.0, null, null), "594%", null)
                .rejected("rate over 100%");
        Finding good = finding(new Fact.Cohort(82), "82 patients", null);
        EvidenceDocument doc = exporter.export("a.txt", List.of(bad, good));
        assertEquals(0, doc.survival().size());
        assertEquals(List.of(new EvidenceDocument.Cohort(82, null, "82 patients")), doc.cohorts());
    }

    @Test
    void pValuesAreCountedPerRelationAndValue() {
        List<Finding> findings = List.of(
                finding(new Fact.PValue(Relation.LT, 0.001, false), "P < .001", null),
                finding(new Fact.PValue(Relation.LT, 0.001, true), "<.001", null),
                finding(new Fact.PValue(Relation.EQ, 0.001, true), ".001", null),
                finding(new Fact.PValue(Relation.EQ, 0.32, true), ".32", null),
                finding(new Fact.PValue(Relation.EQ, 0.32, true), "0.320", null));
        List<EvidenceDocument.PValue> p = exporter.export("a.txt", findings).pValues();
        assertEquals(List.of(new EvidenceDocument.PValue("<", 0.001, 2, "text"),
                new EvidenceDocument.PValue("=", 0.001, 1, "table"),
                new EvidenceDocument.PValue("=", 0.32, 2, "table")), p);
    }

    @Test
    void hazardRatiosKeepDistinctCisAndFoldCiLessMentions() {
        List<Finding> findings = List.of(
                finding(new Fact.HazardRatio(0.72, null, null, null, null, false), "HR 0.72", null),
                finding(new Fact.HazardRatio(0.72, 0.61, 0.85, null, null, false), "HR 0.72 [0.61, 0.85]", null),
                finding(new Fact.HazardRatio(0.72, 0.50, 0.95, null, null, true), "aHR 0.72 (0.50-0.95)", null),
                finding(new Fact.HazardRatio(1.3, null, null, null, null, false), "HR 1.3", null));
        List<EvidenceDocument.HazardRatio> hrs = exporter.export("a.txt", findings).hazardRatios();
        assertEquals(3, hrs.size());
        assertEquals(0.61, hrs.get(0).ciLow());
        assertEquals(0.50, hrs.get(1).ciLow());
        assertNull(hrs.get(2).ciLow());
    }

    @Test
    void dosesUseRegimenWhenNoArmAndKeepBolusAndInfusion() {
        List<Finding> findings = List.of(
                finding(new Fact.Dose("fluorouracil", 400, null, "mg/m2", "IV bolus", "day 1", "FOLFOX4"), "400 mg/m2", null),
                finding(new Fact.Dose("fluorouracil", 600, null, "mg/m2", "IV", "over 46 h", "FOLFOX4"), "600 mg/m2", null),
                finding(new Fact.Dose("fluorouracil", 400, null, "mg/m2", null, null, null), "400 mg/m2", null));
        List<EvidenceDocument.Dose> doses = exporter.export("a.txt", findings).doses();
        assertEquals(2, doses.size());
        assertEquals("FOLFOX4", doses.get(0).arm());
        assertEquals("IV bolus", doses.get(0).route());
    }

    @Test
    void exportRoundTripsThroughJson() {
        List<Finding> findings = List.of(
                finding(new Fact.Cohort(66), "66 patients", "arm A"),
                finding(new Fact.Survival("OS", "rate", 64.7, null, "%", 12.0, null, null), "1-year OS 64.7%", "arm A"),
                finding(median("PFS", 3.0, 2.1, 4.0), "3.0 months", null),
                finding(new Fact.PValue(Relation.LE, 0.05, false), "p ≤ 0.05", null),
                finding(new Fact.HazardRatio(0.488, 0.277, 0.86, Relation.EQ, 0.013, false), "HR = 0.488", null),
                finding(new Fact.Dose("oxaliplatin", 85, null, "mg/m2", "IV", "day 1", null), "85 mg/m2", null));
        EvidenceDocument doc = exporter.export("b.txt", findings);
        EvidenceDocument back = EvidenceJson.parse(EvidenceJson.toJson(doc));
        assertEquals(doc, back);
        Scorer scorer = new Scorer();
        assertEquals(new TypeCounts(6, 0, 0), new EvaluationReport(List.of(scorer.score(doc, back)), List.of()).micro());
    }
}
