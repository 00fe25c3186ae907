package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** Survival columns of tab tables and of tables flattened into one line; rows written for the project. */
class SurvivalTableReaderTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                c("Table 4 Survival by group\nGroup\tOS rate 1-year\t3-year\t5-year\nSurgery\t90.1\t70.4\t55.0\n"
                        + "Observation\t85.0\t60.2\t41.3",
                        "OS rate@12 90.1 [Surgery]", "OS rate@36 70.4 [Surgery]", "OS rate@60 55 [Surgery]",
                        "OS rate@12 85 [Observation]", "OS rate@36 60.2 [Observation]", "OS rate@60 41.3 [Observation]"),
                c("Table 2 Outcomes\nArm\tOS rate (%)\t\tPFS rate (%)\t\n\t2-year\t5-year\t2-year\t5-year\n"
                        + "A\t80.5\t62.0\t70.1\t50.3\nB\t78.0\t58.8\t64.4\t44.0",
                        "OS rate@24 80.5 [A]", "OS rate@60 62 [A]", "PFS rate@24 70.1 [A]", "PFS rate@60 50.3 [A]",
                        "OS rate@24 78 [B]", "OS rate@60 58.8 [B]", "PFS rate@24 64.4 [B]", "PFS rate@60 44 [B]"),
                c("Table 3 Overall survival\nSubgroup\tn\t3-year (%)\nStage II\t40\t81.2\nStage III\t52\t63.5",
                        "OS rate@36 81.2 [Stage II]", "OS rate@36 63.5 [Stage III]"),
                c("Table 2 Efficacy\nEndpoint\tDrug (n = 120)\tPlacebo (n = 118)\n"
                        + "Median PFS, months (95% CI)\t8.3 (7.0-9.9)\t4.1 (3.5-5.2)\n2-year OS, %\t41.5\t30.2\n"
                        + "Objective response, %\t35.0\t12.0",
                        "PFS median 8.3 months ci 7-9.9 [Drug]", "PFS median 4.1 months ci 3.5-5.2 [Placebo]",
                        "OS rate@24 41.5 [Drug]", "OS rate@24 30.2 [Placebo]"),
                c("Table 1 Baseline characteristics\nCharacteristic\tArm A\tArm B\nAge, years\t61\t63\n"
                        + "Follow-up > 2 years, %\t55.0\t52.1\nMale, n (%)\t40 (66.7)\t38 (62.3)"),
                c("Table 5 Toxicity\nEvent\tGrade 1-2\tGrade 3-4\nNausea\t30.0\t2.5\nFatigue\t25.1\t4.0"),
                // the title's endpoint is the table's; a row naming its own outcome keeps it, another outcome gives none
                c("Table 6 Survival\nOutcome\tMedian, months (95% CI)\nProgression-free survival\t7.7 (6.1-9.0)\n"
                        + "Time to treatment failure\t6.0 (5.2-7.1)\nOverall survival\t16.3 (13.9-18.8)\nAll patients\t15.1",
                        "PFS median 7.7 months ci 6.1-9 [Progression-free survival]",
                        "OS median 16.3 months ci 13.9-18.8 [Overall survival]", "OS median 15.1 months [All patients]"));
    }

    static Stream<Arguments> flattened() {
        return Stream.of(
                c("Table 4. Rates by arm Group OS rate (%) PFS rate (%) 1-year 3-year P 1-year 3-year P "
                        + "Arm A 91.0 80.2 0.41 85.5 70.0 0.22 Arm B 89.5 78.1 84.0 66.6 Total 90.2 79.1 84.7 68.3",
                        "OS rate@12 91 [Arm A]", "OS rate@36 80.2 [Arm A]", "PFS rate@12 85.5 [Arm A]",
                        "PFS rate@36 70 [Arm A]", "OS rate@12 89.5 [Arm B]", "OS rate@36 78.1 [Arm B]",
                        "PFS rate@12 84 [Arm B]", "PFS rate@36 66.6 [Arm B]", "OS rate@12 90.2 [Total]",
                        "OS rate@36 79.1 [Total]", "PFS rate@12 84.7 [Total]", "PFS rate@36 68.3 [Total]"),
                c("Table 2. Rates Group OS rate (%) 1-year 3-year Arm A 91.0 80.2 Arm B 89.5 77.0. Rates were similar.",
                        "OS rate@12 91 [Arm A]", "OS rate@36 80.2 [Arm A]", "OS rate@12 89.5 [Arm B]", "OS rate@36 77 [Arm B]"),
                c("Table 2. Rates Group OS rate (%) 1-year 3-year Arm A 91.0 80.2 Arm B 89.5"),
                c("Table 3. Response Group CR (%) PR (%) 1-year 3-year Arm A 10.0 40.2 Arm B 12.5 38.8"),
                c("Table 2. OS rate (%) 1-year 3-year 5-year Arm A 91.0 80.2 0.41 Arm B 89.5 78.1 70.0 0.33 0.12"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsTabTables(String table, List<String> expected) {
        assertEquals(expected, render(table, PassageKind.TABLE), table);
    }

    @ParameterizedTest
    @MethodSource("flattened")
    void readsFlattenedTablesOnlyWhenEveryRowFits(String line, List<String> expected) {
        assertEquals(expected, render(line, PassageKind.BODY), line);
    }

    private static List<String> render(String text, PassageKind kind) {
        List<String> out = new ArrayList<>();
        for (Finding f : new SurvivalExtractor().extract(SurvivalTestSupport.passage(text, kind), ExtractionContext.empty())) {
            if (f.accepted()) out.add(SurvivalTestSupport.render((Fact.Survival) f.fact()) + " [" + f.arm() + "]");
        }
        return out;
    }

    private static Arguments c(String text, String... facts) {
        return Arguments.of(text, Arrays.asList(facts));
    }
}
