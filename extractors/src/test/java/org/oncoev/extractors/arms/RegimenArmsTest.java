package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.cohort.TestDocuments;
import org.oncoev.extractors.dose.DoseExtractor;

/** Doses of a regimen take the arm that regimen belongs to ({@link PerArmFacts}). */
class RegimenArmsTest {
    private static final EvidenceExtraction EXTRACTION = new EvidenceExtraction(List.of(new DoseExtractor()));

    private static String doses(String text) {
        Document doc = TestDocuments.document("d.txt", text.replace("\\n", "\n"));
        List<String> out = new ArrayList<>();
        for (Finding f : EXTRACTION.extract(doc)) {
            if (!f.accepted() || f.type() != EvidenceType.DOSE) continue;
            Fact.Dose d = (Fact.Dose) f.fact();
            out.add(d.agent() + " " + d.amount() + "=" + f.arm());
        }
        return String.join(";", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the regimen's bracketed name after its doses names the arm
        "Women were randomised (1:1) to GCX or PCX.\\n"
                + "Nausea was rare in the GCX arm and frequent in the PCX arm. Fatigue in the GCX arm was mild.\\n"
                + "The standard regimen was paclitaxel 170 mg/m2 and carboplatin 400 mg/m2 on day 1 (PCX).\\n"
                + "| paclitaxel 170.0=PCX;carboplatin 400.0=PCX",
    })
    void dosesTakeTheArmOfTheirRegimen(String text, String expected) {
        assertEquals(expected, doses(text));
    }
}
