package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationHalvesTest {
    private final Scorer scorer = new Scorer();

    @ParameterizedTest
    @CsvSource({"PMC1797029.txt,true", "PMC2949642.txt,false", "no-digits.txt,false", "a1.txt,true", "11.txt,false"})
    void halfIsTheParityOfTheDigitSum(String name, boolean odd) {
        assertEquals(odd, EvaluationReport.isOddHalf(name));
    }

    @Test
    void halvesPartitionTheDocumentsAndTableRecallCountsOnlyTableSources() {
        String gold = "[{\"relation\":\"=\",\"value\":0.05,\"source\":\"table\"},"
                + "{\"relation\":\"<\",\"value\":0.001,\"source\":\"table\"},{\"relation\":\"=\",\"value\":0.2,\"source\":\"text\"}]";
        String predicted = "[{\"relation\":\"=\",\"value\":0.05},{\"relation\":\"=\",\"value\":0.2}]";
        DocumentScore odd = rename(scorer.score(ScorerTest.doc("p_values", gold), ScorerTest.doc("p_values", predicted)), "a1.txt");
        DocumentScore even = rename(scorer.score(ScorerTest.doc("p_values", gold), ScorerTest.doc("p_values", "[]")), "a2.txt");
        EvaluationReport all = new EvaluationReport(List.of(odd, even), List.of());
        assertEquals(0.25, all.pValueTableRecall(), 1e-9);
        assertEquals(0.5, all.half("odd").pValueTableRecall(), 1e-9);
        assertEquals(0.0, all.half("even").pValueTableRecall(), 1e-9);
        assertEquals(List.of("a1.txt"), all.half("ODD").documents().stream().map(DocumentScore::document).toList());
        assertNull(new EvaluationReport(List.of(), List.of()).pValueTableRecall());
        assertTrue(all.toHalvesTable().contains("p-value table recall        0.250    0.500    0.000"));
        assertThrows(IllegalArgumentException.class, () -> all.half("first"));
    }

    private static DocumentScore rename(DocumentScore s, String name) {
        return new DocumentScore(name, s.types());
    }
}
