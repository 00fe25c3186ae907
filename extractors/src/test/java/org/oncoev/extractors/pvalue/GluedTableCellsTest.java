package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

/** Flattened tables whose cells were glued without spaces: {@code (83.8)0.382}, {@code (49.7%).82}, {@code (n = 90)<.001}. */
class GluedTableCellsTest {
    private final PValueExtractor extractor = new PValueExtractor();

    private List<String> found(String text) {
        return extractor.extract(TestPassages.body(text), ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> {
                    Fact.PValue p = (Fact.PValue) f.fact();
                    return p.relation().symbol() + " " + p.value() + (p.inTable() ? "" : " text");
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the last cell of each row glued to the count before it and to the next row label
            "Table 2. Operative outcomes Variable Arm A (n = 40) Arm B (n = 42) P Open approach30 (75.0)35 (83.3)0.412"
                    + "Conversion4 (10.0)2 (4.8)Blood loss (mL)250 (SD = 80)240 (SD = 75)0.633|= 0.412;= 0.633",
            // leading-dot and less-than values glued after a percentage or a group size, one per row
            "Table 1. Baseline by group Variable Overall Low (n = 500) High (n = 480) P value Age group (n = 980)<.001 "
                    + "<65 y600 (61.2%)350 (70.0%)250 (52.1%).47 ≥65 y380 (38.8%)150 (30.0%)230 (47.9%)<.001Smoking "
                    + "(n = 975).09 Never410 (42.1%)|< 0.001;= 0.47;< 0.001;= 0.09",
            // a row label that is an integer glued to the first count still ends the row before it
            "Table 4. Comorbidity Score Overall Low (n = 150) High (n = 150) P Score (n = 300) 0250 (83.3%)120 (80.0%)"
                    + "130 (86.7%).279 150 (16.7%)30 (20.0%)20 (13.3%)|= 0.279",
            // a title glued to its first word after a figure caption, with header cells glued too
            "Arms were balanced (Table 1).Fig. 1Flow of patients through the study Table 1Baseline characteristics"
                    + "VariableArm A n = 50Arm B n = 52 P Age (years)61.2 (SD = 8.1)60.4 (SD = 9.0)0.522Sex (%) "
                    + "Male30 (60.0)33 (63.5)0.718 Female20 (40.0)19 (36.5)|= 0.522;= 0.718",
            // a whole table glued without spaces, the P label glued (with its footnote mark) onto the first row label
            "Outcomes are listed by arm (table 3).Table 3Treatment receivedArm A (n=120)Arm B (n=118)p value*"
                    + "Surgery performed0.41Open80 (67%)85 (72%)Laparoscopic40 (33%)33 (28%)Adjuvant therapy given"
                    + "90 (75%)70 (59%)0.012Data are n (%).|= 0.41;= 0.012",
            // an empty-cell mark glued before a p-value that ends its row
            "Toxicity was compared (table 4).Table 4Adverse eventsArm AArm Bp valueGrade 1–2Grade 3Grade 1–2Grade 3"
                    + "Rash40 (33%)5 (4%)38 (32%)....0.27Diarrhoea22 (18%)..30 (25%)3 (3%)0.19Data are n (%).|= 0.27;= 0.19"})
    void readsPValuesGluedToTheCellBefore(String text, String expected) {
        assertEquals(List.of(expected.split(";")), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // numbers glued to a letter at the start of a row are data, not p-values
            "Table 3. Lab values Marker Arm A (n = 20) Arm B (n = 21) P Albumin0.45 Creatinine0.82",
            // a glued estimate followed by its confidence interval
            "Table 4. Cox model Factor HR (95% CI) P Age (per 10 y)1.20 (1.05–1.37)0.85 (0.70–1.03)",
            // a glued value followed by a decimal data cell is mid-row
            "Table 5. Lab values Variable Arm A (n = 30) Arm B (n = 30) P Bilirubin (n = 60)0.65 1.2 Albumin 4.1 4.0",
            // glued after a unit label, not after a data cell
            "Table 6. Lab values Variable Arm A (n = 30) Arm B (n = 30) P Creatinine (mg/dL)0.85 Bilirubin (mg/dL)0.62",
            // a glued percentage
            "Table 7. Response Response Arm A (n = 30) Arm B (n = 30) P CR3 (10.0)0.45% PR",
            // more p-like values in a row than P labels
            "Table 8. Rates Group Arm A (n = 30) Arm B (n = 30) P Rate (n = 60)0.45 0.52 0.61 Other",
            // no P column label
            "Table 9. Outcomes Outcome Arm A (n = 30) Arm B (n = 30) Response (n = 60)12 (40.0)0.45Stable 3 (10.0)",
            // a table named in prose with a glued word is not a title without a P column
            "The two arms are compared in Table 2Overall, 12 (40.0)0.45 of patients responded"})
    void ignoresGluedNumbersThatAreNotPCells(String text) {
        assertEquals(List.of(), found(text));
    }
}
