package org.oncoev.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;

/** Headers naming an HR or a P among other words, read with their data; tables written for the project. */
class WordyHeadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // HR with words before it, glued to them; p-values written with their P in the HR column's rows
            "Outcome\\tArm A (n = 60)\\tArm B (n = 58)\\tBetween-arm contrastHazard ratio (95% CI)\\n"
                    + "PFS\\t5.1\\t3.9\\t0.74 (0.55–0.99)\\n\\t\\t\\tP=0.041\\nOS\\t12.0\\t10.2\\t0.88 (0.63–1.22)\\n"
                    + "|LABEL OTHER OTHER HAZARD_RATIO_WITH_CI",
            // HR with words after it, the CI labelled in each cell; a P with words after it
            "Outcome\\tHazard ratio (95% CI) drug vs placebo\\tP for interaction by age\\n"
                    + "Stroke\\t1.21 (95% CI, 0.90–1.63)\\t0.31\\nFracture\\t0.70 (95% CI, 0.55–0.89)\\t0.008\\n"
                    + "|LABEL HAZARD_RATIO_WITH_CI P_VALUE",
            // an HR with words over an estimate beside a CI column
            "Factor\\tTreatment effect HR\\t95% CI\\nArm B vs A\\t0.81\\t0.66–0.99\\nSite 2 vs 1\\t1.10\\t0.85–1.42\\n"
                    + "|LABEL HAZARD_RATIO CI",
            // a P among words ending the header
            "Score\\tChange from baseline, p value\\nPain\\t<0.001\\nSleep\\t0.46\\n|LABEL P_VALUE",
            // the P of PFS is no P: proportions stay as they are
            "Group\\tPFS at 2 years\\nArm A\\t0.62\\nArm B\\t0.48\\n|LABEL OTHER",
            // words naming an HR over cells that are no estimates with CI stay as they are
            "Outcome\\tEvents and hazard ratio\\nDeath\\t12 of 40\\nRelapse\\t8 of 40\\n|LABEL OTHER"})
    void readsHeaderWordsWithTheirData(String table, String roles) throws Exception {
        String text = "Table 2 Outcomes by group\n" + table.replace("\\t", "\t").replace("\\n", "\n");
        Passage p = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of()).passages().stream()
                .filter(x -> x.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        TableView v = TableView.of(p).orElseThrow();
        List<String> got = new ArrayList<>();
        for (int c = 0; c < v.table().columnCount(); c++) got.add(v.role(c).name());
        assertEquals(roles, String.join(" ", got), text);
    }
}
