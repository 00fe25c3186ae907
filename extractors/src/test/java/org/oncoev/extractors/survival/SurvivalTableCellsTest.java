package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;

/** Medians read cell by cell through the shared table view; tables written for the project. */
class SurvivalTableCellsTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                c("Table 2 Overall survival by marker level\nMarker level\tPatients, n\tMedian OS, months\tHR\n"
                        + "Low\t41\t14.2\t0.71\nHigh\t39\t9.8 (7.1-12.0)\t1.00\n",
                        "OS median 14.2 months [Low]", "OS median 9.8 months ci 7.1-12 [High]"),
                c("Table 3 Progression-free survival by arm\nSubgroup\tPatients, n\tMedian, weeks\nDrug A\t60\t24.0\n"
                        + "Drug B\t58\t18.5\n",
                        "PFS median 24 weeks [Drug A]", "PFS median 18.5 weeks [Drug B]"),
                c("Table 5 Efficacy\nEndpoint\tDrug A (n = 60)\tDrug B (n = 58)\nMedian PFS, months (95% CI)\t8.1 (6.0-9.9)\t5.2\n"
                        + "2-year OS, %\t41.0\t33.5\nObjective response, %\t30.0\t12.0\n",
                        "PFS median 8.1 months ci 6-9.9 [Drug A]", "PFS median 5.2 months [Drug B]",
                        "OS rate@24 41 [Drug A]", "OS rate@24 33.5 [Drug B]"),
                // two endpoints named: which one a column holds is not known
                c("Table 4 OS and PFS\nGroup\tMedian, months\nAll\t12.0\n"),
                // rows naming their outcome under median columns: each row its own endpoint, another outcome none
                c("Table 3 Survival\nOutcome\tDrug A median, months (95% CI)\tDrug B median, months (95% CI)\n"
                        + "Progression-free survival\t6.2 (5.1-7.4)\t4.0 (3.3-4.9)\nTime to treatment failure\t5.0 (4.1-5.9)\t3.1 (2.6-3.8)\n"
                        + "Overall survival\t14.8 (12.0-17.5)\t11.9 (10.2-13.6)\n",
                        "PFS median 6.2 months ci 5.1-7.4 [null]", "OS median 14.8 months ci 12-17.5 [null]",
                        "PFS median 4 months ci 3.3-4.9 [null]", "OS median 11.9 months ci 10.2-13.6 [null]"),
                // outcome heading rows over Median rows: the heading names the endpoint; HR column beside the arms unread
                c("Table 6 Efficacy\nOutcome\tDrug A (n = 60)\tDrug B (n = 58)\tHazard ratio (95% CI)\n"
                        + "Progression-free survival\t\t\t\n Events, n (%)\t41 (68)\t47 (81)\t\n Median, months\t5.6\t3.9\t0.72 (0.50-1.04)\n"
                        + "Overall survival\t\t\t\n Events, n (%)\t30 (50)\t38 (66)\t\n Median, months\t13.0\t10.1\t0.81 (0.55-1.19)\n"
                        + "Response duration\t\t\t\n Median, months\t7.5\t6.0\t\n",
                        "PFS median 5.6 months [Drug A]", "PFS median 3.9 months [Drug B]",
                        "OS median 13 months [Drug A]", "OS median 10.1 months [Drug B]"),
                // a caption naming no endpoint: the rows name theirs
                c("Table 2 Efficacy outcomes\nEndpoint\tMedian, weeks\nProgression-free survival\t20.5\nDuration of response\t31.0\n"
                        + "Overall survival\t48.1\n",
                        "PFS median 20.5 weeks [Progression-free survival]", "OS median 48.1 weeks [Overall survival]"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsMedianCells(String text, List<String> expected) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
        Passage p = d.passages().stream().filter(x -> x.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        List<String> found = SurvivalTableCells.read(p).stream()
                .map(c -> SurvivalTestSupport.render(c.fact()) + " [" + c.arm() + "]").toList();
        assertEquals(expected, found, text);
    }

    private static Arguments c(String text, String... expected) {
        return Arguments.of(text, Arrays.asList(expected));
    }
}
