package org.oncoev.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

    /**
     * A paper that states one estimate in its abstract and again in its results gives one row (at the first passage);
     * the same numbers in another paper, adjusted, or for another arm are other estimates and keep their rows.
     */
    @Test
    void anEstimateAPaperRepeatsIsWrittenOnce() throws Exception {
        List<StoredFinding> findings = List.of(
                hr(1, 10L, 0.72, null, false), // abstract
                hr(1, 30L, 0.72, null, false), // the same estimate in the results
                hr(1, 30L, 0.75, null, true),  // the adjusted one
                hr(1, 31L, 0.72, "arm B", false),
                hr(2, 50L, 0.72, null, false)); // another paper
        StringWriter out = new StringWriter();
        MetaforRows.Written written = MetaforRows.writeCsv(findings, Map.of(), false, out);
        assertEquals(new MetaforRows.Written(4, 1, 0), written);
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size(), out.toString());
        assertTrue(lines.get(1).startsWith("a.txt,") && lines.get(1).contains(",10,"), lines.get(1));
        assertEquals(1, lines.stream().filter(l -> l.contains(",30,")).count(), out.toString());
    }

    /** A covariate's hazard ratio (age in a multivariable model) is left out by default and counted; asked for, it is kept. */
    @Test
    void covariateHazardRatiosOnlyWhenAskedFor() throws Exception {
        StoredFinding age = hr(1, 12L, 0.8, null, false);
        age.values().put("covariate", true);
        List<StoredFinding> findings = List.of(hr(1, 10L, 0.72, null, false), age);
        StringWriter treatments = new StringWriter();
        assertEquals(new MetaforRows.Written(1, 0, 1), MetaforRows.writeCsv(findings, Map.of(), false, treatments));
        assertTrue(treatments.toString().lines().skip(1).allMatch(l -> l.contains(",false,false,")), treatments.toString());
        StringWriter all = new StringWriter();
        assertEquals(new MetaforRows.Written(2, 0, 0), MetaforRows.writeCsv(findings, Map.of(), true, all));
        assertTrue(all.toString().lines().anyMatch(l -> l.contains(",0.8,") && l.contains(",false,true,false,")), all.toString());
    }

    private static StoredFinding hr(long document, Long passage, double value, String arm, boolean adjusted) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", value);
        values.put("ci_low", 0.55);
        values.put("ci_high", 0.94);
        if (adjusted) values.put("adjusted", true);
        return new StoredFinding(document, document == 1 ? "a.txt" : "b.txt", "/x", 1L, passage, "hazard_ratios",
                values, "HR " + value, 0, 0, 7, 0, 7, arm, false, 1.0, "hazard", "1", null, null);
    }
}
