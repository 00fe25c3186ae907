package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.cohort.TestDocuments;

/** Arms a table header names, by catalog name or by a legend's short form ({@link TableArmColumns}). */
class TableArmColumnsTest {

    private static final StudyArms ARMS = new StudyArms(List.of(
            new StudyArm("drugumab", List.of("drugumab"), null),
            new StudyArm("placebo", List.of("placebo"), null)), true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a flattened header glues the names to the words around them
            "Marker levelaPlb + RTDRX+ RTHR95% CIPatients, nMedian, monthsPatients, nMedian, months | 1;0",
            "SubgroupDRX + RTPlb + RTHR | 0;1",
            "Subgroup drugumab (n = 40) placebo (n = 41) | 0;1",
            // one arm named: not a table of arm columns
            "SubgroupPlb + RTHR95% CI | 1",
            // a short form inside a longer capitalised word is no name
            "SubgroupPlbx DRXa | ''"})
    void namesArmsInHeaderOrder(String header, String expected) {
        Map<String, Integer> legend = Map.of("DRX", 0, "Plb", 1);
        List<Integer> want = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(";")).map(Integer::valueOf).toList();
        assertEquals(want, TableArmColumns.armsNamed(header, ARMS, legend), header);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Values are medians. DRX, drugumab; Plb, placebo; Q1, first quartile. | DRX=0;Plb=1",
            "DRX = drugumab; Plb = placebo | DRX=0;Plb=1",
            "Survival; OS, overall survival; Plb, placebo. | Plb=1",
            "The drugumab arm; the placebo arm. | ''"})
    void readsLegends(String text, String expected) {
        Map<String, Integer> want = new java.util.HashMap<>();
        if (!expected.isEmpty()) for (String kv : expected.split(";")) want.put(kv.split("=")[0], Integer.valueOf(kv.split("=")[1]));
        assertEquals(want, TableArmColumns.legend(TestDocuments.document("d.txt", text + "\n"), ARMS), text);
    }
}
