package org.oncoev.extractors.cohort;

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
import org.oncoev.extractors.ExtractionContext;

/**
 * Arm sizes in table column headers, read through the shared table model (tables written for this test, in the
 * shapes papers print them): one size per arm column with the arm's name, a total column as the whole study,
 * and strata columns (levels of a variable) as no cohort at all.
 */
class CohortTableHeadersTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("sunitinib", "placebo");

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("Toxicity differed between the arms, as the table shows.   Table 2 Adverse events by arm "
                        + "Event Sunitinib (n = 61) Placebo (n = 59) P value Nausea 24 (39.3) 15 (25.4) 0.10 "
                        + "Fatigue 50 (82.0) 41 (69.5) 0.11 Rash 12 (19.7) 20 (33.9) .074\n", "59 placebo|61 sunitinib"),
                Arguments.of(String.join("\n", "Baseline characteristics were balanced, as the table below shows.",
                        "Table 1Baseline characteristics", "Sunitinib (n = 52)Placebo (n = 50)pSex", "", "", "0.34",
                        "\u2003Male", "30", "28", "", "\u2003Female", "22", "22", "",
                        "Values are numbers of patients compared with the chi-square test.", ""),
                        "50 placebo|52 sunitinib"),
                Arguments.of("Responses are listed below.   Table 4 Best response in the full analysis setSunitinib (n = 48) "
                        + "Placebo (n = 47) Complete response 2 (4.2) 0 (0.0) Partial response 10 (20.8) 3 (6.4)\n",
                        "47 placebo|48 sunitinib"),
                Arguments.of("Outcomes by marker level are listed.   Table 3 Outcomes by expression Outcome Low (n = 40) "
                        + "High (n = 41) P value Response 12 (30.0) 20 (48.8) 0.08 Relapse 10 (25.0) 9 (22.0) 0.74\n", ""),
                // threshold columns of a variable (anywhere in the name) and disposition columns are strata
                Arguments.of("Scores differed by weight (Table 1).   Table 1 Scores at baseline (n = 72) Variables Overall "
                        + "(n = 72) Weight index < 30 (n = 35) Weight index \u2265 30 (n = 37) p value " + scoreRows(3) + "\n", "72"),
                Arguments.of("Scores differed by marker (Table 2).   Table 2 Scores by marker Variables Marker \u2265 5% (n = 44) "
                        + "Marker < 5% (n = 31) p value " + scoreRows(2) + "\n", ""),
                Arguments.of("Scores differed by completion (Table 2).   Table 2 Scores at baseline Variables All subjects "
                        + "(n = 34) Completed (n = 26) Withdrawn (n = 8) p value " + scoreRows(3) + "\n", "34"));
    }

    /** Seven rows of made-up scores, {@code columns} mean (SD) cells and a p value each. */
    private static String scoreRows(int columns) {
        StringBuilder b = new StringBuilder();
        String[] names = {"Pain", "Fatigue", "Sleep", "Appetite", "Mood", "Energy", "Nausea"};
        for (int i = 0; i < names.length; i++) {
            b.append(names[i]).append(" score (0\u201310)");
            for (int c = 0; c < columns; c++) b.append(' ').append(4 + c).append('.').append(i).append(" (1.").append(c + 1).append(')');
            b.append(" 0.").append(20 + i).append(' ');
        }
        return b.toString().strip();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsArmSizesFromHeaders(String text, String expected) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
        StringBuilder found = new StringBuilder();
        for (Passage p : d.passages()) {
            if (p.kind() != PassageKind.TABLE) continue;
            String s = CohortExtractorTest.describe(EXTRACTOR.extract(p, new ExtractionContext(null, ARMS)));
            if (!s.isEmpty()) found.append(found.length() > 0 ? "|" : "").append(s);
        }
        String[] parts = found.length() == 0 ? new String[0] : found.toString().split("\\|");
        Arrays.sort(parts);
        assertEquals(expected, String.join("|", parts));
    }
}
