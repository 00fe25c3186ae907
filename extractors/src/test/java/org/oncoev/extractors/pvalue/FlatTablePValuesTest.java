package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

/** Tables flattened into one line of text: P columns read from the header, rows cut at row labels. */
class FlatTablePValuesTest {
    private final PValueExtractor extractor = new PValueExtractor();

    private List<String> found(Passage passage) {
        return extractor.extract(passage, ExtractionContext.empty()).stream().filter(Finding::accepted)
                .map(f -> {
                    Fact.PValue p = (Fact.PValue) f.fact();
                    return p.relation().symbol() + " " + p.value() + (p.inTable() ? "" : " text");
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // inline table after a paragraph, one P column, 1.000 kept
            "Adverse events are listed below. Table 3. Adverse events by arm Event Arm A (n = 50) Arm B (n = 48) P "
                    + "Nausea 12 (24.0) 10 (20.8) 0.712 Fatigue 20 (40.0) 9 (18.8) 0.021 Rash 3 (6.0) 3 (6.3) 1.000"
                    + "|= 0.712;= 0.021;= 1.0",
            // three P columns: the row of three p-values is read, grade rows of counts give nothing
            "Table 2. Toxicity per cycle Toxicity Cycle 1 Cycle 2 Cycle 3 A B P A B P A B P Anaemia 0.210 0.048 0.633 "
                    + "Grade 1 10 12 8 9 4 4 Grade 2 3 4 2 5 1 1|= 0.21;= 0.048;= 0.633",
            // less-than cells, written joined and spaced
            "Table 4: Response by group Outcome Group 1 (n = 50) Group 2 (n = 50) P value Response 30 (60%) 12 (24%) <0.001 "
                    + "Progression 5 (10%) 20 (40%) < .001|< 0.001;< 0.001",
            // Cox table: the HR before its CI range is an estimate, not a p-value
            "Table 5. Multivariable Cox model Factor HR 95% CI P Age 0.94 0.72-1.16 0.417 Stage 1.56 1.31-1.84 <0.0001"
                    + "|= 0.417;< 1.0E-4",
            "Table 5. Cox model Factor HR (95% CI) P-value Age 0.85 (0.70-1.03) 0.09 Sex 0.77 (0.60-0.98) .034"
                    + "|= 0.09;= 0.034",
            // a row label that is itself a range of integers does not hide the p-value before it
            "Table 1. Baseline characteristics Parameter Arm A (n = 40) Arm B (n = 41) P ECOG PS 0.778 0-1 35 (87.5) "
                    + "36 (87.8) 2 5 (12.5) 5 (12.2)|= 0.778",
            // a table printed one cell per line and joined into one passage (no Table marker)
            "Group A (n=30) Group B (n=31) P value Response 20 (66.7%) 15 (48.4%) 0.15 Stable disease 5 (16.7%) 9 (29.0%) 0.24"
                    + "|= 0.15;= 0.24",
            // a table whose title was split off: several P labels, each followed by a row label or a year
            "Survival rates of patients in the two arms Group OS rate (%) PFS rate (%) 1-year 3-year P 1-year 3-year P "
                    + "Arm A 88.1 80.2 0.412 90.3 85.0 0.288 Arm B 90.0 84.4 91.9 86.1|= 0.412;= 0.288",
            // the rest of a table split across passages: it starts with its P label
            "P-value Grade High 40 (45.1%) 31 (60.2%) 0.006|= 0.006",
            // a title glued to the sentence before it, and a title without a full stop
            "Both groups did equally well (P = 0.51).Table 3Outcome by subgroup Subgroup HR (95% CI) P "
                    + "All 1.30 (1.10–1.60) 0.003|= 0.51 text;= 0.003",
            "The sites are listed in Table 2. Table 2 Sites of first recurrence Surgery Surgery plus drug P value "
                    + "n = 60 n = 58 Site, n (%) 0.420 Liver only 20 (33.3) 22 (37.9)|= 0.42"})
    void readsPColumnsOfFlattenedTables(String text, String expected) {
        assertEquals(List.of(expected.split(";")), found(TestPassages.body(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // rates of 0.xx and no P column
            "Table 2. Survival rates by year Group 1-year 3-year Arm A 0.91 0.82 Arm B 0.88 0.75",
            // more p-like numbers in a row than P labels: a row of proportions
            "Table 3. Diagnostic accuracy Marker Sensitivity Specificity AUC P CEA 0.85 0.80 0.45 CA19-9 0.75 0.70 0.81",
            // numbers in parentheses, with %, with ± or in ranges are not p-values
            "Table 6. Laboratory values Variable Arm A Arm B P Creatinine 0.85 ± 0.12 0.88 ± 0.10 Albumin (0.45) 41 "
                    + "Bilirubin 0.55 % 0.61 % Range 0.45 - 0.90",
            // one decimal only: a lab value, not a p-value
            "Table 6. Laboratory values Variable Arm A Arm B P Creatinine 0.9 0.8",
            // a table mention in prose is not a table; P followed by a verb is not a column label
            "Results are shown in Table 2. P values were computed with the log-rank test and 0.45 was the largest",
            // a passage without a Table marker and without group sizes before its P label
            "In the P arm 0.45 of patients responded",
            // a passage that ends as a sentence is prose
            "Arm A (n = 30) Arm B (n = 31) P value Response 20 15 0.15 was observed."})
    void ignoresTablesWithoutPColumnsAndNonPNumbers(String text) {
        assertEquals(List.of(), found(TestPassages.body(text)));
    }

    @Test
    void tablePassageWithoutTabsIsReadAsFlattenedTable() {
        String text = "Table 1. Characteristics Parameter Arm A (n = 71) Arm B (n = 69) P Sex 0.582 Male 55 52 Female 16 17";
        Passage table = TestPassages.of(PassageKind.TABLE, text, List.of(new Span(0, text.length())));
        assertEquals(List.of("= 0.582"), found(table));
    }

    @Test
    void aWrittenPValueInsideTheTableIsCountedOnce() {
        String text = "Table 2. Outcome by arm Outcome Arm A (n = 20) Arm B (n = 21) P Response 10 12 P = 0.03";
        assertEquals(List.of("= 0.03 text"), found(TestPassages.body(text)));
    }

    @Test
    void twoTablesInOnePassageAreReadSeparately() {
        String text = "Table 3. Responses Response Arm A (n = 47) Arm B (n = 45) CR 0 0 PR 36 33 RR (%) 0.77 0.73 "
                + "Table 4. Failures Site Arm A (n = 71) Arm B (n = 69) P Local 5 (7.0) 8 (11.6) 0.37";
        List<String> found = found(TestPassages.body(text));
        assertEquals(List.of("= 0.37"), found);
        assertTrue(found.stream().noneMatch(s -> s.contains("0.77")));
    }
}
