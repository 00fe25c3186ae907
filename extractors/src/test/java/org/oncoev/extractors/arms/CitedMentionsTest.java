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
import org.oncoev.extractors.survival.SurvivalExtractor;

/** Cited survival values get the treatments their sentence names, and do not undo the own study's groups. */
class CitedMentionsTest {
    private static final EvidenceExtraction EXTRACTION = new EvidenceExtraction(List.of(new SurvivalExtractor()));

    private static String survival(String text) {
        Document doc = TestDocuments.document("d.txt", text.replace("\\n", "\n"));
        List<String> out = new ArrayList<>();
        for (Finding f : EXTRACTION.extract(doc)) {
            if (!f.accepted() || f.type() != EvidenceType.SURVIVAL) continue;
            out.add(((Fact.Survival) f.fact()).value() + (f.cited() ? "c" : "") + "=" + f.arm());
        }
        return String.join(";", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the own value keeps the subgroup named after it although a cited mention of it names a treatment
        "In an earlier trial, the median PFS was 31 months with sunitinib [6].\\n"
                + "In our series, the median PFS was 31 months (95% CI, 24-38) for KRAS-mutant patients.\\n"
                + "| 31.0c=sunitinib;31.0=KRAS-mutant",
        // a cited pair compared after two treatments takes both
        "A randomised trial found that sunitinib plus everolimus gave no gain compared with sunitinib alone in PFS "
                + "(7.7 vs. 8.9 months) [3].\\n"
                + "| 7.7c=sunitinib plus everolimus;8.9c=sunitinib alone",
    })
    void citedValuesTakeTheirOwnSentencesTreatments(String text, String expected) {
        assertEquals(expected, survival(text));
    }
}
