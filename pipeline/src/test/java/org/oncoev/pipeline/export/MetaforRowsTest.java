package org.oncoev.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Effect sizes from hazard ratios and which hazard ratios have a usable CI. */
class MetaforRowsTest {
    @ParameterizedTest
    @CsvSource({
            // ci_low, ci_high, expected sei = (ln hi - ln lo) / (2 * 1.959964)
            "0.50, 2.00, 0.353653",
            "1.00, 2.718281828, 0.255107",
            "0.70, 0.90, 0.064112",
    })
    void standardErrorFromTheConfidenceInterval(double lo, double hi, double sei) {
        assertEquals(sei, MetaforRows.sei(lo, hi), 1e-6);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "0.72, 0.55, 0.94, hazard_ratios, true",
            "0.72, null, 0.94, hazard_ratios, false",   // one bound missing
            "0.72, 0.80, 0.94, hazard_ratios, false",   // HR outside its CI
            "0.72, 0, 0.94, hazard_ratios, false",      // zero lower bound has no logarithm
            "0.72, 0.72, 0.72, hazard_ratios, false",   // empty interval
            "0.72, 0.55, 0.94, survival, false",        // not a hazard ratio
    })
    void usableOnlyWithAProperInterval(double hr, Double lo, Double hi, String type, boolean usable) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", hr);
        values.put("ci_low", lo);
        values.put("ci_high", hi);
        StoredFinding f = new StoredFinding(1, "a.txt", "/a.txt", 1L, 5L, type, values, "HR 0.72", 0, 0, 7, 0, 7,
                null, false, 1.0, "hazard", "1", null, null);
        assertEquals(usable, MetaforRows.usable(f));
    }
}
