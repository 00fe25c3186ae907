package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.text.ScanAgreement;

/** Word gates in front of cohort regexes answer as the regexes alone do. */
class CohortGatesTest {
    @Test
    void subsetAfterAgreesWithItsRegex() {
        List<String> afters = List.of(" with a complete response", " for whom tissue was available", " in whom samples were "
                + "available", " who were evaluable for response", " in the UK", " diagnosed every year", " having had surgery",
                " were enrolled", " from WHOM data were AVAILABLE", " from whom; available", " whom available", "");
        for (String after : ScanAgreement.texts(afters)) {
            assertEquals(CohortCues.SUBSET_AFTER.matcher(after).lookingAt(), CohortCues.subsetAfter(after), after);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "cases|there were | of X|there were 13 cases of X|true",
            "cases|There   was | Of X|There was 1 case Of X|true",
            "cases|there were | in X|there were 13 cases in X|false",
            "cases|a total of | were documented by review|a total of 9 cases were documented|true",
            "cases|a total of | were finally ascertained|x|true",
            "cases|in | during follow-up|120 cases during 9,000 person-years|true",
            "cases|in | during follow-up|an incidence of 3 cases per 1,000 women|true",
            "cases|in | during follow-up|an incidence of 3 cases per 100 women|false",
            "patients|there were | of X|there were 13 patients of X|false",
            "cases|we saw | of X|we saw 4 cases of X|false"})
    void caseEvents(String noun, String before, String after, String sentence, boolean expected) {
        assertEquals(expected, CaseEvents.events(noun, before, after, sentence));
    }
}
