package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.cohort.TestDocuments;

/** The name a paper writes beside a lettered arm ({@link LetteredArmNames}) and the catalog arm it makes. */
class LetteredArmNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Baseline features of the KRX (Arm B) patients were balanced. | Arm B | KRX",
        "They received drug-free maintenance (MTX-Q; arm A) for a year. | arm A | MTX-Q",
        "Response Group 2 KRX (N = 48) Group 1 KRXL (N = 51) CR | Group 2 | KRX",
        "Toxicity KRXL Arm B (N = 47) KRX Arm A (N = 44) Nausea | Arm A | KRX",
        "Patients of Arm B had less nausea (Table 2). | Arm B | NONE",
        "Group 1 n (%) 14 (22) | Group 1 | NONE",
        // the bracketed name that closes the sentence describing the bracketed arm
        "The control regimen (arm B) was four courses of drug X then drug Y every 3 weeks (XY-3). Nausea was rare. | arm B | XY-3",
        "The control regimen (arm B) was four courses of drug X. Toxicity (grade 3) was rare (XY-3). | arm B | NONE",
    })
    void findsTheNameWrittenBesideALetteredArm(String text, String lettered, String expected) {
        assertEquals(expected, LetteredArmNames.nameOf(lettered, List.of(text), List.of(text.toLowerCase(Locale.ROOT))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a table header names the numbered groups: each joins the regimen arm of that name
        "Women were assigned at random to groups 1 and 2. Nausea was more frequent in the KRXL group than in the "
                + "KRX group. Fatigue in the KRX group was mild. Anaemia in the KRXL group was frequent.\\n"
                + "Response Group 1 KRX (N = 40) Group 2 KRXL (N = 41) CR\\n"
                + "| Group 1=KRX;Group 2=KRXL",
        // a lettered arm defined by a name no other sentence uses as an arm: that name labels it
        "Patients were randomised to Arm A or Arm B. Nausea was rare in Arm A and in Arm B.\\n"
                + "Baseline features of the CVR-B (Arm A) and CVR (Arm B) patients were balanced.\\n"
                + "| Arm A=CVR-B;Arm B=CVR",
    })
    void aLetteredArmTakesItsNameInTheCatalog(String text, String expected) {
        Document doc = TestDocuments.document("d.txt", text.replace("\\n", "\n"));
        StudyArms arms = ArmCatalog.build(doc, ArmDetector.detect(doc));
        List<String> out = new ArrayList<>();
        for (String pair : expected.split(";")) {
            String lettered = pair.split("=")[0];
            int i = arms.indexOf(lettered);
            out.add(lettered + "=" + (i < 0 ? null : arms.arms().get(i).label()));
        }
        assertEquals(expected, String.join(";", out), arms.arms().toString());
    }
}
