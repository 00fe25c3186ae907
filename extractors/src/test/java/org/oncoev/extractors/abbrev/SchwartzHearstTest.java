package org.oncoev.extractors.abbrev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchwartzHearstTest {

    private static String defined(String text) {
        return SchwartzHearst.find(text).stream().map(a -> a.shortForm() + "=" + a.longForm())
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Patients received weekly paclitaxel (P) with trastuzumab.                 | P=paclitaxel
            The control arm added bevacizumab (Bev) to chemotherapy.                   | Bev=bevacizumab
            Leucovorin, also called folinic acid (FA), was given first.               | FA=folinic acid
            Oral cyclophosphamide (CPA; Baxter) was taken daily.                      | CPA=cyclophosphamide
            Bolus 5-fluorouracil (5-FU) followed by infusion.                          | 5-FU=5-fluorouracil
            The primary endpoint was progression-free survival (PFS).                 | PFS=progression-free survival
            We gave 5-FU (5-fluorouracil and its prodrugs) weekly.                     | NONE
            Treatment with CPT-11 (irinotecan hydrochloride injection) was stopped.   | NONE
            The second cohort (ii) received no treatment.                              | NONE
            Doses were reduced (range, 20 to 40%) in some patients.                   | NONE
            Arm A received docetaxel and epirubicin (DE) every three weeks.           | DE=docetaxel and epirubicin
            Patients received DE (docetaxel: 75 mg/m2, epirubicin: 75 mg/m2).        | NONE
            Hazard ratios (HRs) and confidence intervals (CIs) are shown.             | HRs=Hazard ratios;CIs=confidence intervals
            Overall survival was longer. Then (P) was stopped.                        | NONE
            A bracket never closed (P was given                                       | NONE
            """)
    void findsDefinitionsAndRejectsOtherBrackets(String text, String expected) {
        assertEquals(expected == null ? "" : expected, defined(text));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            TMZ   | with concurrent temozolomide       | temozolomide
            LV    | and leucovorin                     | leucovorin
            XELOX | capecitabine and oxaliplatin       | NONE
            CR    | complete response                  | complete response
            OXA   | oxaliplatin                        | oxaliplatin
            E     | epirubicin                         | epirubicin
            """)
    void bestLongFormNeedsEveryCharacterInOrder(String sf, String candidate, String expected) {
        assertEquals(expected, SchwartzHearst.bestLongForm(sf, candidate));
    }
}
