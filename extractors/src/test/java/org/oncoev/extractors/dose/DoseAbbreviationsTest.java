package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.abbrev.Abbreviations;
import org.oncoev.extractors.abbrev.SchwartzHearst;

/**
 * Agents named by abbreviations a document defines (sentences written for this test): the definition sentence
 * comes first, the dose sentence second; the document's definitions are in the context.
 */
class DoseAbbreviationsTest {
    private static final DoseExtractor EXTRACTOR = new DoseExtractor();

    private static String doses(String definition, String sentence) {
        ExtractionContext context = new ExtractionContext(null, List.of(), Abbreviations.of(SchwartzHearst.find(definition)));
        return EXTRACTOR.read(sentence, context).stream()
                .map(h -> h.fact().agent() + " " + h.fact().amount() + " " + h.fact().unit())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Patients received weekly paclitaxel (P) and trastuzumab.    | P 80 mg/m2 was given on days 1, 8 and 15.           | paclitaxel 80.0 mg/m2
            The experimental arm added bevacizumab (Bev).               | Bev 7.5 mg/kg was given every 3 weeks.              | bevacizumab 7.5 mg/kg
            Leucovorin is also called folinic acid (FA).                | FA 20 mg/m2 preceded the bolus.                     | leucovorin 20.0 mg/m2
            Oral cyclophosphamide (CPA) was taken daily.                | CPA 50 mg was taken every morning.                  | cyclophosphamide 50.0 mg
            Cisplatin and fluorouracil (CF) were given.                 | CF 100 mg/m2 was infused on day 1.                  | ''
            Patients with progressive disease (PD) stopped.             | Topotecan 1.5 mg/m2 was given until PD.             | topotecan 1.5 mg/m2
            """)
    void aDefinedShortFormOfAKnownAgentIsThatAgent(String definition, String sentence, String expected) {
        assertEquals(expected, doses(definition, sentence));
    }
}
