package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;

/**
 * Doses per arm (sentences and arm labels written for this test): a regimen stated once for all arms is a dose of
 * each arm; a drug only one arm receives stays with that arm; arms that differ only in schedule keep their own
 * doses; a sentence about another study gives one dose.
 */
class DoseArmsTest {
    private static final DoseExtractor EXTRACTOR = new DoseExtractor();

    /** {@code agent amount unit [arm]} per dose, in order, joined by {@code ; }. */
    private static String doses(String labels, String sentence) {
        List<String> arms = labels.isBlank() ? List.of() : Arrays.stream(labels.split(";")).map(String::strip).toList();
        ExtractionContext context = new ExtractionContext(null, arms);
        return EXTRACTOR.read(sentence, context).stream()
                .map(h -> h.fact().agent() + " " + fmt(h.fact().amount()) + " " + h.fact().unit() + " [" + h.arm() + "]")
                .collect(Collectors.joining("; "));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            XELOX plus cetuximab; XELOX alone | Oxaliplatin 130 mg/m2 was given on day 1 every 3 weeks. | oxaliplatin 130 mg/m2 [XELOX plus cetuximab]; oxaliplatin 130 mg/m2 [XELOX alone]
            XELOX plus cetuximab; XELOX alone | Cetuximab 400 mg/m2 was given as a loading dose.          | cetuximab 400 mg/m2 [XELOX plus cetuximab]
            chemotherapy alone; chemotherapy plus panitumumab | Cisplatin 75 mg/m2 on day 1 was given. | cisplatin 75 mg/m2 [chemotherapy alone]; cisplatin 75 mg/m2 [chemotherapy plus panitumumab]
            chemotherapy alone; chemotherapy plus panitumumab; panitumumab | Panitumumab 6 mg/kg was added. | panitumumab 6 mg/kg [chemotherapy plus panitumumab]
            Arm A; Arm B                      | All patients received dexamethasone 8 mg before each cycle. | dexamethasone 8 mg [Arm A]; dexamethasone 8 mg [Arm B]
            Group 1; Group 3                  | All patients received dexamethasone 8 mg before each cycle. | dexamethasone 8 mg [null]
            weekly paclitaxel; 3-weekly paclitaxel | Paclitaxel 80 mg/m2 was infused over one hour.        | paclitaxel 80 mg/m2 [null]
            weekly paclitaxel; 3-weekly paclitaxel | Adjuvant radiotherapy of 50 Gy in 25 fractions followed. | radiotherapy 50 Gy [weekly paclitaxel]; radiotherapy 50 Gy [3-weekly paclitaxel]; radiotherapy 2 Gy [weekly paclitaxel]; radiotherapy 2 Gy [3-weekly paclitaxel]
            once-daily chemoradiotherapy; twice-daily chemoradiotherapy; concurrent chemoradiotherapy | Cisplatin 75 mg/m2 was given on day 1. | cisplatin 75 mg/m2 [once-daily chemoradiotherapy]; cisplatin 75 mg/m2 [twice-daily chemoradiotherapy]
            RT; CRT | Arms were chemoradiotherapy (CRT; 50 Gy in total, 2 Gy per fraction) and short-course radiotherapy (RT; 5 Gy per fraction). | radiotherapy 50 Gy [CRT]; radiotherapy 2 Gy [CRT]; radiotherapy 5 Gy [RT]
            XELOX plus cetuximab; XELOX alone | In a previous trial, oxaliplatin 85 mg/m2 was given every 2 weeks. | oxaliplatin 85 mg/m2 [null]
            XELOX plus cetuximab; XELOX alone | In the XELOX alone arm, oxaliplatin 100 mg/m2 was given.   | oxaliplatin 100 mg/m2 [XELOX alone]
                                              | Oxaliplatin 130 mg/m2 was given on day 1.                  | oxaliplatin 130 mg/m2 [null]
            """)
    void givesADoseToEveryArmThatReceivesIt(String labels, String sentence, String expected) {
        assertEquals(expected, doses(labels == null ? "" : labels, sentence));
    }
}
