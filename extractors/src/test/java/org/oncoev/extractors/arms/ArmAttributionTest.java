package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.cohort.CohortExtractor;
import org.oncoev.extractors.cohort.TestDocuments;
import org.oncoev.extractors.dose.DoseExtractor;
import org.oncoev.extractors.survival.SurvivalExtractor;

/** Arms given to findings by their sentence ({@link ArmAttribution}) and per arm ({@link PerArmFacts}). */
class ArmAttributionTest {
    private static final EvidenceExtraction EXTRACTION = new EvidenceExtraction(
            List.of(new CohortExtractor(), new SurvivalExtractor(), new DoseExtractor()));
    private static final String DESIGN = "In this trial, patients were randomly assigned to the XRT arm or the CHX arm.\n"
            + "Nausea was rare in the XRT arm and frequent in the CHX arm.\n";

    /** {@code value=arm} of each accepted finding of the type, in order ({@code null} for none). */
    private static String arms(String text, EvidenceType type) {
        Document doc = TestDocuments.document("d.txt", DESIGN + text.strip() + "\n");
        List<String> out = new ArrayList<>();
        for (Finding f : EXTRACTION.extract(doc)) {
            if (!f.accepted() || f.type() != type) continue;
            out.add(value(f) + "=" + f.arm());
        }
        return String.join(";", out);
    }

    private static String value(Finding f) {
        if (f.fact() instanceof Fact.Cohort c) return String.valueOf(c.size());
        if (f.fact() instanceof Fact.Survival s) return String.format(Locale.ROOT, "%s", s.value());
        if (f.fact() instanceof Fact.Dose d) return d.agent() + " " + d.amount();
        return "?";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 3-year overall survival rates were 61% in the XRT arm and 48% in the CHX arm. "
                + "| 61.0=XRT;48.0=CHX",
        "The 3-year overall survival rates were 61% and 48% in the XRT and CHX arms, respectively. "
                + "| 61.0=XRT;48.0=CHX",
        "Median overall survival was 14.2 months in the CHX arm. | 14.2=CHX",
        "In the CHX arm, median overall survival was 14.2 months. | 14.2=CHX",
        "Median overall survival was 14.2 months versus 11.0 months (P = 0.02). | 14.2=XRT;11.0=CHX",
    })
    void survivalTakesTheArmItsSentenceNames(String text, String expected) {
        assertEquals(expected, arms(text, EvidenceType.SURVIVAL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Three-year overall survival was 52.5% with zorbicept vs 61% without (P = .31). | 52.5=zorbicept;61.0=without zorbicept",
        "Patients who had XR2 gain lived longer than those with XR2 loss or unknown XR2 status "
                + "(median overall survival 15.2 vs. 9.1 vs. 10.4 months). | 15.2=XR2 gain;9.1=XR2 loss;10.4=unknown XR2 status",
        "Ten-year overall survival was 64% for patients with a low QX7 score versus 56% for high QX7 score. "
                + "The corresponding figures for disease-free survival were 52% versus 47%. "
                + "| 64.0=a low QX7 score;56.0=high QX7 score;52.0=a low QX7 score;47.0=high QX7 score",
        "Five-year overall survival was 81% for the low-grade group with XRT and 66% for the high-grade group, CHX. "
                + "| 81.0=low-grade XRT;66.0=high-grade CHX",
    })
    void survivalTakesTheGroupsItsValuesAreComparedFor(String text, String expected) {
        assertEquals(expected, arms(text, EvidenceType.SURVIVAL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Of the enrolled patients, 41 were assigned to the XRT arm (n = 41). | 41=XRT",
        "In all, 40 patients were treated with XRT and 38 patients were treated with CHX. | 40=XRT;38=CHX",
        "Overall, 120 patients were randomly assigned to the XRT arm (n = 60) or the CHX arm (n = 60). "
                + "| 120=null;60=XRT;60=CHX",
    })
    void cohortsTakeAnArmOnlyFromAnAdjacentName(String text, String expected) {
        assertEquals(expected, arms(text, EvidenceType.COHORT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patients received cisplatin 75 mg/m2 with (group C) or without (group B) oral celecoxib. "
                + "Celecoxib 400 mg was given twice daily. In all, 40 were randomly assigned to the C group and 41 to the B group. "
                + "| cisplatin 75.0=Group C;cisplatin 75.0=Group B;celecoxib 400.0=Group C",
    })
    void anAgentGivenWithOrWithoutGoesToTheArmWithIt(String text, String expected) {
        Document doc = TestDocuments.document("w.txt", text.strip() + "\n");
        List<String> out = new ArrayList<>();
        for (Finding f : EXTRACTION.extract(doc)) if (f.accepted() && f.type() == EvidenceType.DOSE) out.add(value(f) + "=" + f.arm());
        assertEquals(expected, String.join(";", out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "All patients received cisplatin 75 mg/m2 on day 1. | cisplatin 75.0=XRT;cisplatin 75.0=CHX",
    })
    void aRegimenStatedOnceIsADoseOfEachRandomisedArm(String text, String expected) {
        assertEquals(expected, arms(text, EvidenceType.DOSE));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At entry, 45% of patients had no ascites, 35% had mild ascites and 20% had gross ascites. "
                + "In these groups the three-year overall survival rate was 64%, 50% and 31%, respectively. "
                + "| 64.0=no ascites;50.0=mild ascites;31.0=gross ascites",
        "Patients were grouped by the number of adverse markers (0, 1 or 2) found at baseline. "
                + "Median overall survival was 41, 26 and 13 months for each, respectively. "
                + "| 41.0=0 adverse markers;26.0=1 adverse markers;13.0=2 adverse markers",
    })
    void valuesForGroupsNamedInAnEarlierSentenceTakeThoseGroups(String text, String expected) {
        assertEquals(expected, arms(text, EvidenceType.SURVIVAL));
    }

    /** Two agents read from one span ({@code drug A/drug B (90/600 mg/m2)}) are two doses, not one dose copied per arm. */
    @org.junit.jupiter.api.Test
    void twoAgentsOfOneSpanAreNoArmCopies() {
        org.oncoev.extractors.Fact.Dose a = new org.oncoev.extractors.Fact.Dose("drug a", 90, null, "mg/m2", null, null, null);
        org.oncoev.extractors.Fact.Dose b = new org.oncoev.extractors.Fact.Dose("drug b", 600, null, "mg/m2", null, null, null);
        org.oncoev.extractors.Finding fa = new org.oncoev.extractors.Finding(a, "x", 1, 10, 20, 10, 20, 0.9, "dose", "1", "Arm B", false, null);
        org.oncoev.extractors.Finding fb = new org.oncoev.extractors.Finding(b, "x", 1, 10, 20, 10, 20, 0.9, "dose", "1", "Arm B", false, null);
        org.junit.jupiter.api.Assertions.assertEquals(FindingSpans.span(fa), FindingSpans.span(fb));
        org.junit.jupiter.api.Assertions.assertNotEquals(FindingSpans.copyKey(fa), FindingSpans.copyKey(fb));
        org.junit.jupiter.api.Assertions.assertEquals(FindingSpans.copyKey(fa), FindingSpans.copyKey(fa.withArm("Arm A")));
    }
}
