package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;

/**
 * Background doses (sentences written for this test) are one fact without an arm, while the study's own regimen,
 * stated once, is a dose of each arm; hyphenated units, dose ranges and doses
 * stated with a lower bound are read as doses; an amount in brackets takes the agent written right after it.
 */
class DoseBackgroundTest {

    private static final ExtractionContext TWO_ARMS = new ExtractionContext(null, List.of("Arm A", "Arm B"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Earlier dose-finding work set a recommended dose of 40 mg/m2 for single-agent nedaplatin.          | true
            Dose-limiting neutropenia occurred at 100 mg/m2 of docetaxel.                                       | true
            The maximum tolerated dose of irinotecan was 350 mg/m2.                                            | true
            In an earlier phase III trial, paclitaxel doses ranging from 135 to 175 mg/m2 did equally well. | true
            A dose of 30 mg/m2 for combination regimens has gained consensus.                                   | true
            We chose the recommended dose of 30 mg/m2 for this combination.                                    | false
            All patients received docetaxel 75 mg/m2 on day 1 every 3 weeks.                                   | false
            In this phase III trial, patients received cisplatin 75 mg/m2.                                     | false
            Those two trials gave mitomycin 15 mg/m2 in 3 litres of saline for the closed technique.            | true
            Previous studies used 300 mg/m2 of gemcitabine intraperitoneally.                                   | true
            These patients received cetuximab 500 mg/m2 every two weeks.                                        | false
            NATIONAL GUIDELINES advise carboplatin AUC 5 with 175 mg/m2 of paclitaxel.                          | true
            Prior case series gave 20 mg daily; the MTD was not reached.                                        | true
            """)
    void tellsBackgroundFromOwnRegimen(String sentence, boolean background) {
        assertEquals(background, DoseBackground.describes(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The maximum tolerated dose of cisplatin in that schedule was 80 mg/m2.           | 1
            Patients in both arms received cisplatin 80 mg/m2 on day 1.                       | 2
            """)
    void aBackgroundDoseGoesToNoArm(String sentence, int arms) {
        List<DoseExtractor.DoseHit> hits = new DoseExtractor().read(sentence, TWO_ARMS);
        assertEquals(arms, hits.size(), sentence);
        if (arms == 1) assertEquals(null, hits.get(0).arm(), sentence);
        // a background dose is marked cited, so later per-arm passes leave it alone
        assertEquals(arms == 1, hits.get(0).background(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patients received radiotherapy in 2-Gy fractions five days a week.                 | radiotherapy 2 Gy
            A single 8-Gy fraction was given to painful bone lesions.                          | radiotherapy 8 Gy
            A 10-mg/kg dose of bevacizumab was infused every 2 weeks.                           | bevacizumab 10 mg/kg
            Paclitaxel doses ranging from 135 to 175 mg/m2 were tested.                        | paclitaxel 135-175 mg/m2
            Epoetin alfa 30.000 IU was injected once weekly.                                    | epoetin alfa 30000 IU
            Epoetin alfa 40 000 IU was injected once weekly.                                    | epoetin alfa 40000 IU
            Irinotecan 350 mg/m2 on day 1 and epoetin alfa 150 IU/kg were given.                | irinotecan 350 mg/m2; epoetin alfa 150 IU/kg
            Epoetin alfa 150 IU/kg and folic acid 0.4 mg were given.                            | epoetin alfa 150 IU/kg; folic acid 0.4 mg
            The doses were >60 Gy to the primary tumour.                                        | radiotherapy 60 Gy
            A prescribed dose of at least 45 Gy was required.                                   | radiotherapy 45 Gy
            Induction used FU/leucovorin (425 mg/m2 fluorouracil and 20 mg/m2 of leucovorin).   | fluorouracil 425 mg/m2; leucovorin 20 mg/m2
            Cisplatin (75 mg/m2 on day 1) and docetaxel (60 mg/m2) were given.                  | cisplatin 75 mg/m2; docetaxel 60 mg/m2
            """)
    void readsHyphenatedUnitsAndDoseRanges(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Creatinine clearance ranging from 30 to 60 mL was required before cisplatin.
            Tumours ranging from 2 to 5 mg in weight were excised before docetaxel.
            Patients whose lungs received >20 Gy in over 30% of the volume were excluded.
            Oxaliplatin was given over two hours, diluted in 250 mL before infusion.
            """)
    void aRangeOfOtherMeasuresIsNoDose(String sentence) {
        assertEquals("", DoseExtractorTest.keys(sentence), sentence);
    }
}
