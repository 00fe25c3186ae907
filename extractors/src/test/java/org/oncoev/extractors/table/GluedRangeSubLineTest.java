package org.oncoev.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.pvalue.PValueExtractor;

/**
 * Flattened tables whose cells print a value on one line and its "(min, max)" range on the line below: the last
 * p-value of a row arrives glued to the first range of the next line, {@code 0.0312 (4.10, 55.20)}.
 */
class GluedRangeSubLineTest {
    private static final String TABLE = "Marker levels by arm are shown (Table 3).   Table 3 Marker levels by arm "
            + "Arm Marker Samples Day 1 Median (Min, Max) Day 56 Median (Min, Max) p -value Day 1 vs . Day 56 "
            + "p -value Arm A vs . Arm B A Alpha 30 12.40 20.10 0.00004 0.0312 (4.10, 55.20) (8.30, 61.00) "
            + "B Alpha 30 11.90 12.30 0.4410 (3.90, 40.20) (5.10, 38.70) "
            + "A Beta 30 402 388 0.712 0.0921 (120, 2210) (140, 1990) "
            + "B Beta 30 395 410 <0.00001 (101, 2500) (99, 2470)\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"0.0312 (4.10, 55.20)|0.0312", "<0.00001 (101, 2500)|0.00001",
            "0.4410 (-43.90, -3.20)|0.4410", "0.09 (21.5,7265.4)|0.09", "0.21 (2.74 66.38)|0.21"})
    void readsThePValueBeforeAGluedRange(String cell, String number) {
        Matcher m = CellValues.pValueBeforePair(cell);
        assertEquals(number, m == null ? null : m.group("num"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.72 (0.58, 0.90)", "0.44 (-3.90, 40.20)", "0.45 (0.20–0.80)", "0.04 (3.1, 5.2) 7", "12.4 (3.1, 40.2)",
            "0.04 text (3.1, 5.2)", "0.04"})
    // a range that encloses the value reads as an estimate with its interval; text or a third number is not a glued line
    void leavesEstimatesWithTheirIntervalsAndOtherCellsAlone(String cell) {
        assertNull(CellValues.pValueBeforePair(cell));
    }

    @org.junit.jupiter.api.Test
    void readsEveryPValueOfTheTable() throws Exception {
        Passage table = TableExtractionTest.table(TABLE);
        List<String> found = new PValueExtractor().extract(table, ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> ((Fact.PValue) f.fact()))
                .map(p -> p.relation().symbol() + p.value()).sorted().collect(Collectors.toList());
        assertEquals(List.of("<1.0E-5", "=0.0312", "=0.0921", "=0.441", "=0.712", "=4.0E-5"), found);
    }
}
