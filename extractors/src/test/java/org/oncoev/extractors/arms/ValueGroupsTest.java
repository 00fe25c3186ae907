package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups of values {@link ValueGroups} names: with/without pairs and three-way comparisons. */
class ValueGroupsTest {
    /** The sentence holds the values 41.5 and 52.0; the text between and after them decides. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Two-year PFS was 41.5% with maintenance zorbicept vs 52.0% without (P = .2). | maintenance zorbicept | without maintenance zorbicept",
        "Median OS was 41.5 months with growth factor support versus 52.0 months without it. | growth factor support | without growth factor support",
        "Two-year OS was 41.5% (95% CI 30-50) in patients without prior surgery vs 52.0% in those with. | without prior surgery | prior surgery",
        "Two-year OS was 41.5% with zorbicept vs 52.0% with placebo. | | ",
        "Two-year OS was 41.5% vs 52.0% without adjustment. | | ",
        "Two-year OS was 41.5% with a median follow-up of 3 years and 52.0% without. | | ",
    })
    void pairsWithAndWithout(String sentence, String first, String second) {
        int a = sentence.indexOf("41.5") + 4;
        int b = sentence.indexOf("52.0");
        String[] names = ValueGroups.withWithout(sentence.substring(a, b), sentence.substring(b + 4));
        assertEquals(first, names == null ? null : names[0]);
        assertEquals(second, names == null ? null : names[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patients who had XR2 amplification lived longer than those with XR2 loss or unknown XR2 status (11.2 vs. 6.1 vs. 7.0 months). | XR2 amplification;XR2 loss;unknown XR2 status",
        "Women with grade 1 tumours, those with grade 2 tumours and those without grading had OS of 11.2 versus 6.1 versus 7.0 months. | grade 1 tumours;grade 2 tumours;without grading",
        "Patients with XR2 loss had shorter OS than those with XR2 gain (11.2 vs. 6.1 vs. 7.0 months). | ",
        "The three arms had OS of 11.2 vs. 6.1 vs. 7.0 months. | ",
    })
    void threeGroupsBeforeThreeValues(String sentence, String expected) {
        List<String> names = ValueGroups.threeBefore(sentence, sentence.indexOf("11.2"));
        assertEquals(expected, names == null ? null : String.join(";", names));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {" vs. |true", " months versus |true", " and |false", ", |false", " vs. 7.2 vs. |false"})
    void versusGaps(String gap, boolean expected) {
        assertEquals(expected, ValueGroups.versusGap(gap));
    }
}
