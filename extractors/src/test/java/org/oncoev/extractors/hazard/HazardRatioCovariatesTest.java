package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.gold.TestPassages;

/**
 * Which hazard ratios compare treatments and which a patient characteristic (a multivariable model's covariate or
 * a subgroup): {@code value:c} marks a covariate's. Sentences and tables written for the project.
 */
class HazardRatioCovariatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The combination prolonged overall survival compared with placebo (HR 0.71, 95% CI 0.58-0.87; P = 0.001).|0.71",
            "In multivariable analysis, older age (HR 1.35, 95% CI 1.08-1.69) and ECOG performance status 2 (HR 2.20; 95% CI 1.45–3.34) were independently associated with death.|1.35:c 2.2:c",
            "Age was an independent prognostic factor for survival (HR 1.03; 95% CI 1.01–1.05).|1.03:c",
            "Women had a lower risk of death than men (HR 0.81, 95% CI 0.69-0.95).|0.81:c",
            "After adjustment for age and stage, the treatment effect persisted (adjusted HR 0.76; 95% CI 0.62–0.93).|0.76",
            "The hazard ratio for male sex was 1.28 (95% CI 1.02-1.61).|1.28:c",
            "The hazard ratio for death with the experimental regimen was 0.69 (95% CI 0.55-0.86).|0.69",
            "The presence of liver metastases (HR 1.90, 95% CI 1.30-2.78) predicted shorter survival.|1.9:c",
            "In women with hormone receptor-positive disease, the combination reduced the risk of progression (HR 0.62; 95% CI 0.50-0.77).|0.62",
            "Prior chemotherapy (HR 1.21, 95% CI 1.01-1.45) and tumour size over 5 cm (HR 1.44, 95% CI 1.12-1.85) remained significant.|1.21:c 1.44:c"})
    void sentences(String sentence, String expected) {
        assertEquals(expected, read(TestPassages.body(sentence)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a multivariable model: covariates and the treatment arm
            "Factor\\tHR (95% CI)\\tP\\nTreatment arm (B vs A)\\t0.74 (0.60-0.91)\\t.004\\nAge ≥65 years\\t1.31 (1.05-1.63)\\t.02\\n"
                    + "ECOG PS 1 vs 0\\t1.52 (1.20-1.93)\\t<.001\\nMarker X: high versus low\\t0.58 (0.45-0.75)\\t<.001|0.74 1.31:c 1.52:c 0.58:c",
            // a heading row whose other cells hold dashes
            "Variable\\tHR\\t95% CI\\nTumour grade\\t—\\t—\\nLow\\t1.00\\tReference\\nHigh\\t1.62\\t1.20-2.19|1.62:c",
            // level rows under a heading row; a level in column 1 under a characteristic in column 0
            "Variable\\t\\tHR\\t95% CI\\nSmoking status\\t\\t\\t\\n\\tCurrent\\t1.40\\t1.10-1.78\\nSex\\tFemale\\t0.88\\t0.75-1.03|1.4:c 0.88:c",
            // a subgroup table: the overall row compares the treatments, the subgroup rows do not
            "Subgroup\\tHR\\t95% CI\\nAll patients\\t0.70\\t0.58-0.85\\nAge <65 years\\t0.66\\t0.50-0.87\\n≥65 years\\t0.77\\t0.58-1.02|0.7 0.66:c 0.77:c",
            // comparisons of regimens only
            "Comparison\\tHR\\t95% CI\\nDrug X vs placebo\\t0.64\\t0.51-0.80\\nDrug X plus Y vs Y\\t0.82\\t0.69-0.97|0.64 0.82",
            // a treatment label glued to the header before it
            "Factor\\tHR\\t95% CI\\nDeathaHR95% CIpTreatment: A versus B\\t0.77\\t0.62-0.95|0.77"})
    void tableRows(String rows, String expected) throws Exception {
        String table = rows.replace("\\t", "\t").replace("\\n", "\n");
        assertEquals(expected, read(TestPassages.table(table)), "tab-separated rows");
        assertEquals(expected, read(HazardRatioReadings.grid("Table 2. Hazard ratios for overall survival\n" + table)), "table grid");
    }

    /** A CI opened with a bracket is quoted with its closing bracket; a bracket that holds the p-value too is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Survival was longer with the combination; hazard ratio 0.74 [0.59, 0.93], p = 0.01.|hazard ratio 0.74 [0.59, 0.93]",
            "Survival was longer with the combination (HR 0.74 (95% CI 0.59-0.93)).|HR 0.74 (95% CI 0.59-0.93)",
            "Survival was longer with the combination (HR 0.74, 95% CI 0.59-0.93; P = 0.01).|HR 0.74, 95% CI 0.59-0.93"})
    void quotesEndAtTheClosingBracket(String sentence, String raw) {
        assertEquals(List.of(raw), new HazardRatioExtractor().extract(TestPassages.body(sentence), ExtractionContext.empty())
                .stream().map(f -> f.raw()).toList());
    }

    private static String read(Passage p) {
        return HazardRatioReadings.read(p, h -> h.covariate() ? ":c" : "");
    }
}
