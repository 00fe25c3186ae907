package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.oncoev.extractors.ExtractionContext;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Doses as other journals write them (sentences written for this test): a unit shared by a list of amounts,
 * AUC dosing of carboplatin, weekly/three-weekly schedules, fractions (a dose per fraction in Gy is a dose,
 * as is the total), body-surface and bodyweight bands. Negative cases keep numbers that are not doses out.
 */
class DoseListsAndAucTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The primary tumour received a total dose of 54 or 64 Gy depending on risk.                  | radiotherapy 54 Gy; radiotherapy 64 Gy
            Dose levels of 45, 50.4 and 54 Gy were compared.                                             | radiotherapy 45 Gy; radiotherapy 50.4 Gy; radiotherapy 54 Gy
            Docetaxel was given at 60 or 75 mg/m2 on day 1.                                              | docetaxel 60 mg/m2; docetaxel 75 mg/m2
            Paclitaxel at a dose of 135, 175, or 200 mg/m2 was given every 3 weeks.                      | paclitaxel 135 mg/m2; paclitaxel 175 mg/m2; paclitaxel 200 mg/m2
            Carboplatin (5 × area under the curve, day 1) was added.                                     | carboplatin 5 AUC
            Carboplatin was dosed to an area under the curve of 6 on day 1.                              | carboplatin 6 AUC
            Carboplatin at an AUC of 5 and paclitaxel 175 mg/m2 were given.                              | carboplatin 5 AUC; paclitaxel 175 mg/m2
            Carboplatin AUC 5 on day 1 was repeated every 21 days.                                       | carboplatin 5 AUC
            Cisplatin 75 mg/m² d1 q3w was given for four cycles.                                         | cisplatin 75 mg/m2
            Capecitabine 1000 mg/m2 twice daily on days 1–14 every 3 weeks was taken.                    | capecitabine 1000 mg/m2
            Pembrolizumab 200 mg every 3 weeks was given for up to two years.                            | pembrolizumab 200 mg
            Nivolumab 3 mg/kg q2w was infused.                                                           | nivolumab 3 mg/kg
            Radiotherapy 66 Gy in 33 fractions was delivered to the tumour.                              | radiotherapy 66 Gy; radiotherapy 2 Gy
            Pelvic radiotherapy of 45 Gy/25 fx was used.                                                  | radiotherapy 45 Gy; radiotherapy 1.8 Gy
            IMRT to a total dose of 70 Gy was planned at 2 Gy per fraction.                              | radiotherapy 70 Gy; radiotherapy 2 Gy
            S-1 40-60 mg bid according to body surface area was taken on days 1-14.                      | tegafur-gimeracil-oteracil 40-60 mg
            Lenvatinib 12 mg/day (bodyweight ≥60 kg) or 8 mg/day (<60 kg) was taken.                     | lenvatinib 12 mg/day; lenvatinib 8 mg/day
            Gemcitabine was given on days 1 and 8 at 1000 mg/m2.                                          | gemcitabine 1000 mg/m2
            Docetaxel 75 mg/m2 and 60 mg/m2 of cyclophosphamide were combined.                           | docetaxel 75 mg/m2; cyclophosphamide 60 mg/m2
            Bolus 5-FU 425 mg/m2 and folic acid 25 mg/m2 were given on days 1-5.                         | fluorouracil 425 mg/m2; leucovorin 25 mg/m2
            Folic acid 400 ug daily was taken before pemetrexed.                                         | folic acid 400 ug
            Radiotherapy delivered ≥64 Gy to the primary and 54 Gy to elective nodes.                    | radiotherapy 64 Gy; radiotherapy 54 Gy
            """)
    void readsListsAucAndSchedules(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Between 20 and 25 patients per cohort were treated with docetaxel.
            The V20 and 30 Gy constraints were respected.
            Serum levels of 5 or 10 mg/dL were seen after carboplatin.
            The AUC of 0.78 showed good discrimination.
            The spinal cord was kept below a maximum of >45 Gy to the cord.
            Radiotherapy doses >40 Gy were not allowed in patients over 70.
            A cut-off of 10 mg/day of prednisone defined steroid use before nivolumab.
            """)
    void listsAndAucNeedADose(String sentence) {
        assertEquals("", DoseExtractorTest.keys(sentence), sentence);
    }

    @Test
    void aDoseTakesTheOnlyArmThatIncludesItsAgent() {
        ExtractionContext ctx = new ExtractionContext(null, List.of("erlotinib", "cetuximab plus erlotinib"));
        List<DoseExtractor.DoseHit> hits = new DoseExtractor().read("Patients were randomised to erlotinib alone or "
                + "cetuximab (250 mg/m2 weekly) plus erlotinib (150 mg daily).", ctx);
        assertEquals("cetuximab plus erlotinib", hits.get(0).arm());
        assertEquals("erlotinib", hits.get(1).arm());
    }
}
