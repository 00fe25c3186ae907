package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.ExtractionContext;

/**
 * Arm sizes written as rows of a characteristics table whose columns are populations (tables written for this
 * test): rows under a treatment-arm group, rows named by treatments, Yes/No rows under a treatment, and a total
 * column over strata; rows of traits, prior treatments and shares that do not split a column are no arms.
 */
class CohortTreatmentRowsTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("sunitinib", "placebo");

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(new String[][] {{"Characteristic", "Whole trial", "Marker substudy"},
                        {"Age, median", "61", "60"}, {"Treatment arm"}, {"Sunitinib", "190 (47.5%)", "140 (46.7%)"},
                        {"Placebo", "210 (52.5%)", "160 (53.3%)"}}, "140 sunitinib|160 placebo|190 sunitinib|210 placebo"),
                // the shares in a column of their own; the last column is the sum of the strata before it
                Arguments.of(new String[][] {{"Characteristic", "Low", "", "High", "", "All", ""},
                        {"Randomised arm"}, {"Sunitinib", "60", "(50.0)", "70", "(58.3)", "130", "(54.2)"},
                        {"Placebo", "60", "(50.0)", "50", "(41.7)", "110", "(45.8)"}}, "110 placebo|130 sunitinib"),
                // regimens named by the rows themselves, one with a regimen letter before it
                Arguments.of(new String[][] {{"Characteristic", "All randomised", "Tissue cohort"},
                        {"Age, median", "55", "54"}, {"Gemcitabine", "151 (50.3%)", "98 (49.0%)"},
                        {"P-Gemcitabine", "149 (49.7%)", "102 (51.0%)"}},
                        "102 P-Gemcitabine|149 P-Gemcitabine|151 Gemcitabine|98 Gemcitabine"),
                Arguments.of(new String[][] {{"Characteristic", "Present study", "Original trial"},
                        {"Sunitinib treatment"}, {"Yes", "233 (51)", "705 (50)"}, {"No", "224 (49)", "698 (50)"},
                        {"Unavailable", "12", "40"}}, "224 no Sunitinib|233 sunitinib|698 no Sunitinib|705 sunitinib"),
                // traits, prior treatments, shares that do not split a column
                Arguments.of(new String[][] {{"Characteristic", "Whole trial", "Marker substudy"},
                        {"Prior chemotherapy"}, {"Yes", "120 (30.0)", "90 (30.0)"}, {"No", "280 (70.0)", "210 (70.0)"},
                        {"Male", "220 (55.0)", "160 (53.3)"}, {"Female", "180 (45.0)", "140 (46.7)"},
                        {"ECOG 0", "300 (75.0)", "220 (73.3)"}, {"ECOG 1", "100 (25.0)", "80 (26.7)"}}, ""),
                Arguments.of(new String[][] {{"Event", "Whole trial", "Marker substudy"}, {"Treatment arm"},
                        {"Sunitinib", "30 (15.0)", "21 (14.0)"}, {"Placebo", "12 (6.0)", "9 (5.6)"}}, ""));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsArmRows(String[][] grid, String expected) {
        String found = CohortExtractorTest.describe(EXTRACTOR.extract(passage(grid), new ExtractionContext(null, ARMS)));
        String[] parts = found.isEmpty() ? new String[0] : found.split("\\|");
        Arrays.sort(parts);
        assertEquals(expected, String.join("|", parts));
    }

    /** A table passage: the first grid row is the header, cells tab-separated, rows on their own lines. */
    private static Passage passage(String[][] grid) {
        StringBuilder text = new StringBuilder();
        List<TableRow> rows = new ArrayList<>();
        for (String[] cells : grid) {
            List<TableCell> row = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) text.append('\t');
                if (!cells[c].isEmpty()) row.add(new TableCell(cells[c], text.length(), text.length() + cells[c].length(), c));
                text.append(cells[c]);
            }
            text.append('\n');
            rows.add(new TableRow(row));
        }
        Table table = new Table(null, null, rows.subList(0, 1), rows.subList(1, rows.size()), List.of());
        String t = text.toString();
        int[] starts = new int[t.length()];
        int[] ends = new int[t.length()];
        for (int i = 0; i < t.length(); i++) { starts[i] = i; ends[i] = i + 1; }
        return new Passage(0, 0, PassageKind.TABLE, t, starts, ends, List.of(), null, table);
    }
}
