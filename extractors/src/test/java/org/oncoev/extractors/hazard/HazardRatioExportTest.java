package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvidenceDocument;
import org.oncoev.extractors.gold.EvidenceExporter;

/** How HRs of one value with and without CIs become distinct facts in the export. */
class HazardRatioExportTest {

    private static Finding hr(double value, Double low, Double high, boolean cited) {
        String raw = "HR " + value;
        return new Finding(new Fact.HazardRatio(value, low, high, null, null, false), raw, 0, 0, raw.length(), 0,
                raw.length(), 0.9, "test", "1", null, cited, null);
    }

    /** Findings given as "value/ci|own or cited", e.g. "2.3/1.3-4.2/own;2.3/-/cited"; expected: "2.3/1.3;2.3/-". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the paper's own HR with a CI and a cited study's HR of the same value without one: two facts
            "2.3/1.3-4.2/own;2.3/-/cited|2.3/1.3;2.3/-",
            // an own CI-less restatement folds into the HR with a CI
            "0.72/-/own;0.72/0.61-0.85/own|0.72/0.61",
            // a cited CI-less HR folds when an own CI-less mention restates the value as well
            "1.5/1.1-2.0/own;1.5/-/own;1.5/-/cited|1.5/1.1",
            // a cited HR with a CI and the same cited HR without: one fact
            "1.8/1.2-2.7/cited;1.8/-/cited|1.8/1.2",
            // two CIs stay two facts; a lone CI-less value stays one
            "0.9/0.7-1.1/own;0.9/0.8-1.0/own;1.3/-/cited|0.9/0.7;0.9/0.8;1.3/-"})
    void ciLessHazardRatiosFoldOnlyIntoTheSameStudy(String findings, String expected) {
        List<Finding> in = new ArrayList<>();
        for (String f : findings.split(";")) {
            String[] p = f.split("/");
            boolean ci = !p[1].equals("-");
            in.add(hr(Double.parseDouble(p[0]), ci ? Double.parseDouble(p[1].split("-")[0]) : null,
                    ci ? Double.parseDouble(p[1].split("-")[1]) : null, p[2].equals("cited")));
        }
        List<String> out = new ArrayList<>();
        for (EvidenceDocument.HazardRatio h : new EvidenceExporter().export("a.txt", in).hazardRatios()) {
            out.add(h.value() + "/" + (h.ciLow() == null ? "-" : String.valueOf(h.ciLow())));
        }
        assertEquals(List.of(expected.split(";")), out);
    }
}
