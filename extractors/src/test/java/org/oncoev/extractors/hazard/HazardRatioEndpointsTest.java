package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.gold.TestPassages;

/**
 * The endpoint each hazard ratio is about: {@code value:ENDPOINT}, {@code value:-} when unknown or ambiguous.
 * Sentences and tables written for the project.
 */
class HazardRatioEndpointsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the nearest mention before the HR in its sentence
            "PFS was longer with the combination (HR 0.68, 95% CI 0.52-0.89; P = 0.005).|0.68:PFS",
            "Progression-free survival improved (hazard ratio 0.72 [0.60, 0.86]), whereas overall survival did not differ (HR 0.97, 95% CI 0.80-1.18).|0.72:PFS 0.97:OS",
            "Median OS was 14.1 versus 11.0 months (HR 0.79; 95% CI 0.66-0.95).|0.79:OS",
            "Time to progression was longer in arm A (HR 0.61, 95% CI 0.47-0.80).|0.61:TTP",
            "Disease-free survival favoured adjuvant treatment (HR 0.82, 95% CI 0.70-0.96).|0.82:DFS",
            "The median PFS was 7.2 months, and OS was longer too (HR 0.80, 95% CI 0.66-0.97).|0.8:OS",
            // events named after "HR for" or "risk of"
            "The hazard ratio for death was 0.71 (95% CI 0.58-0.87).|0.71:OS",
            "The hazard ratio for disease progression or death was 0.64 (95% CI 0.51-0.80).|0.64:PFS",
            "The drug reduced the risk of progression or death by 35% (HR 0.65, 95% CI 0.52-0.81).|0.65:PFS",
            "The drug reduced the risk of death (HR 0.77; 95% CI 0.63-0.94).|0.77:OS",
            "The hazard ratio for recurrence or death was 0.75 (95% CI 0.62-0.91).|0.75:-",
            "The hazard ratio for cancer death was 0.66 (95% CI 0.50-0.87).|0.66:-",
            // "for <endpoint>" after the value or its CI
            "The HR was 0.70 (95% CI 0.55-0.89) for OS and 0.58 (95% CI 0.46-0.73) for PFS.|0.7:OS 0.58:PFS",
            "An HR of 0.66 for PFS (95% CI 0.50-0.87) was observed.|0.66:PFS",
            "Median PFS and OS did not differ [HR 0.97; 95% CI 0.71-1.32; P = 0.84 for PFS; HR 1.05, 95% CI 0.74-1.49, P = 0.77 for OS].|0.97:PFS 1.05:OS",
            // a further HR of a comparison keeps the endpoint of the first
            "For OS, the adjusted HR was 0.74 (95% CI 0.60-0.91) versus 0.81 (95% CI 0.67-0.98) unadjusted.|0.74:OS 0.81:OS",
            // ambiguous or unknown
            "PFS and OS were both longer with the combination (HR 0.70, 95% CI 0.55-0.89).|0.7:-",
            "The HRs for OS and PFS were 0.80 (95% CI 0.66-0.97) and 0.62 (95% CI 0.50-0.77), respectively.|0.8:- 0.62:-",
            "The benefit held with HR 0.70 (95% CI 0.55-0.89) and HR 0.81 (95% CI 0.66-0.99) for DFS and OS, respectively.|0.7:- 0.81:-",
            "In the node-positive group, DFS was similar, and the XYS hazard ratio was 0.77 (95% CI 0.60-0.99).|0.77:-",
            "Distant metastasis-free survival was longer in arm B (HR 0.70, 95% CI 0.55-0.89).|0.7:-",
            "The two regimens were compared (HR 0.88, 95% CI 0.70-1.10).|0.88:-",
            // another sentence's endpoint does not carry over
            "Overall survival was analysed at the cutoff. The two regimens did not differ (HR 0.93, 95% CI 0.77-1.12).|0.93:-"})
    void sentences(String sentence, String expected) {
        assertEquals(expected, read(TestPassages.body(sentence)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the row label names the endpoint
            "Outcome\\tHR\\t95% CI\\nOverall survival\\t0.78\\t0.64-0.95\\nProgression-free survival\\t0.61\\t0.50-0.74|0.78:OS 0.61:PFS|true",
            // the second cell names it
            "Group\\tEndpoint\\tHR\\t95% CI\\nAll patients\\tDFS\\t1.35\\t1.12-1.63\\nAll patients\\tOS\\t1.30\\t1.05-1.61|1.35:DFS 1.3:OS|true",
            // the column header names it (a header the tab-separated reader does not take as an HR column)
            "Factor\\tPFS HR\\t95% CI\\nTreatment B vs A\\t0.70\\t0.56-0.88|0.7:PFS|false",
            // neither: the caption names it
            "Factor\\tHR\\t95% CI\\nTreatment B vs A\\t0.74\\t0.60-0.91|0.74:OS|true"})
    void tableRows(String rows, String expected, boolean tabs) throws Exception {
        String table = rows.replace("\\t", "\t").replace("\\n", "\n");
        assertEquals(expected, read(HazardRatioReadings.grid("Table 2. Cox model for overall survival\n" + table)), "table grid");
        if (tabs) assertEquals(expected, read(TestPassages.table("Table 2. Cox model for overall survival\n" + table)), "tab-separated rows");
    }

    /** A table whose caption names two endpoints and whose rows and headers name none gives no endpoint. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Factor\\tHR\\t95% CI\\nTreatment B vs A\\t0.74\\t0.60-0.91|0.74:-"})
    void captionNamingTwoEndpoints(String rows, String expected) {
        String table = "Table 3. Hazard ratios for OS and PFS\n" + rows.replace("\\t", "\t").replace("\\n", "\n");
        assertEquals(expected, read(TestPassages.table(table)));
    }

    private static String read(Passage p) {
        return HazardRatioReadings.read(p, h -> ":" + (h.endpoint() == null ? "-" : h.endpoint()));
    }
}
