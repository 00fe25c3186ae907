package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {

    @Test
    void readsToleratingExtraFieldsAndMissingLists() {
        String json = """
                {"document": "x.txt", "notes": "free text",
                 "survival": [{"endpoint": "OS", "measure": "median", "value": 3.0, "value_max": 5.0,
                               "unit": "months", "arm": null, "ci": null, "qualifier": "<", "quote": "3 to 5 months",
                               "note": "range"}],
                 "p_values": [{"relation": "≤", "value": ".05"}],
                 "hazard_ratios": [{"value": 0.9, "ci": [0.7, 1.1], "quote": "HR 0.9"}]}
                """;
        EvidenceDocument doc = EvidenceJson.parse(json);
        assertEquals("x.txt", doc.document());
        assertTrue(doc.cohorts().isEmpty());
        assertTrue(doc.doses().isEmpty());
        assertEquals(5.0, doc.survival().get(0).valueMax());
        assertNull(doc.survival().get(0).ciLow());
        assertEquals(new EvidenceDocument.PValue("<=", 0.05, 1, null), doc.pValues().get(0));
        assertEquals(0.7, doc.hazardRatios().get(0).ciLow());
    }

    @Test
    void rejectsNonObjectsAndMissingNumbers() {
        assertThrows(IllegalArgumentException.class, () -> EvidenceJson.parse("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> EvidenceJson.parse("{\"cohorts\": [{\"arm\": \"A\"}]}"));
    }

    @Test
    void readsEverySharedGoldFileAndItsCounts() throws IOException {
        Path gold = SharedData.dir().resolve("eval/gold");
        assumeTrue(Files.isDirectory(gold), "../shared absent");
        int survival = 0;
        int mentions = 0;
        for (Path p : Evaluation.goldFiles(gold)) {
            EvidenceDocument doc = EvidenceJson.read(p);
            assertEquals(p.getFileName().toString().replace(".json", ".txt"), doc.document());
            survival += doc.survival().size();
            mentions += doc.pValues().stream().mapToInt(EvidenceDocument.PValue::mentions).sum();
            EvidenceDocument again = EvidenceJson.parse(EvidenceJson.toJson(doc));
            assertEquals(doc, again);
        }
        assertTrue(survival > 0 && mentions > 0);
    }
}
