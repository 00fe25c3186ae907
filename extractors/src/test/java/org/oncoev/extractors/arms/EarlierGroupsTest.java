package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups a sentence refers back to, read from the sentence before ({@link EarlierGroups}). */
class EarlierGroupsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Three-year rates for these groups were 80%, 66% and 51%. | true",
        "Median OS was 30, 21 and 12 months for each, respectively. | true",
        "Median OS in the three prognostic groups was 30, 21 and 12 months. | true",
        "Median OS was 30 months in the XRT arm. | false",
        "Toxicity was mild for each patient. | false",
    })
    void aSentenceRefersBackToGroupsItDoesNotName(String sentence, boolean expected) {
        assertEquals(expected, EarlierGroups.refersBack(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At diagnosis, 48% of patients had no nodal disease, 33% had one to three nodes, and 19% had four or more nodes (Table 2). "
                + "| 3 | no nodal disease;one to three nodes;four or more nodes",
        "Of these, 52 patients (40%) had grade 1 tumours, 49 (38%) had grade 2 tumours and 29 (22%) had grade 3 tumours. "
                + "| 3 | grade 1 tumours;grade 2 tumours;grade 3 tumours",
        "Patients were scored by the number of adverse markers (0, 1 or 2) found at baseline. "
                + "| 3 | 0 adverse markers;1 adverse markers;2 adverse markers",
        "Patients were scored by the number of adverse markers (0, 1 or 2) found at baseline. | 4 | null",
        "At diagnosis, 48% of patients had no nodal disease and 52% had nodes. | 3 | null",
    })
    void theEarlierSentenceListsAsManyGroupsAsValues(String earlier, int n, String expected) {
        List<String> groups = EarlierGroups.listed(earlier, n);
        assertEquals(expected, groups == null ? "null" : String.join(";", groups));
    }
}
