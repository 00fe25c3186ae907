package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncoev.pipeline.export.StoredFinding;

/** The evidence view's rows tell a covariate's hazard ratio from the treatments' and sort by it. */
class EvidenceRowsTest {
    @Test
    void hazardRatioRowsCarryTheCovariateFlag() {
        List<StoredFinding> findings = List.of(finding("hazard_ratios", 0.7, false), finding("hazard_ratios", 1.4, true),
                finding("cohorts", 120, false));
        List<Map<String, Object>> rows = new ArrayList<>(EvidenceRows.of(findings, Map.of()));
        assertEquals(Boolean.FALSE, rows.get(0).get("covariate"));
        assertEquals(Boolean.TRUE, rows.get(1).get("covariate"));
        assertNull(rows.get(2).get("covariate"), "only hazard ratios have the flag");
        EvidenceRows.sort(rows, "-covariate");
        assertEquals(1.4, rows.get(0).get("value"));
    }

    private static StoredFinding finding(String type, double value, boolean covariate) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (type.equals("cohorts")) values.put("size", (int) value);
        else values.put("value", value);
        if (covariate) values.put("covariate", true);
        return new StoredFinding(1, "a.txt", "/x", 1L, 10L, type, values, "x", 0, 0, 1, 0, 1, null, false, 1.0, "e", "1",
                null, null);
    }
}
